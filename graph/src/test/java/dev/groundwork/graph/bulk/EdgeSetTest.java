package dev.groundwork.graph.bulk;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgeSetTest {
    @Test
    void anEdgeIsNewOnlyTheFirstTimeAcrossGrowth() {
        EdgeSet edges = new EdgeSet();
        for (long i = 0; i < 200_000; i++) {
            assertThat(edges.add(i, (int) (i % 7), i * 31)).isTrue();
        }
        for (long i = 0; i < 200_000; i += 997) {
            assertThat(edges.add(i, (int) (i % 7), i * 31)).as("edge %d", i).isFalse();
        }
        assertThat(edges.size()).isEqualTo(200_000);
    }

    @Test
    void relationAndDirectionTellEdgesApart() {
        EdgeSet edges = new EdgeSet();

        assertThat(edges.add(1, 0, 2)).isTrue();
        assertThat(edges.add(1, 1, 2)).isTrue();
        assertThat(edges.add(2, 0, 1)).isTrue();
        assertThat(edges.add(0, 0, 0)).isTrue();
        assertThat(edges.add(0, 0, 0)).isFalse();
    }

    @Test
    void rejectsARelationIndexBeyondSixteenBits() {
        assertThatThrownBy(() -> new EdgeSet().add(1, 70_000, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge (1, 70000, 2) is out of range");
    }

    @Test
    void aRepeatedEdgeGetsTheNumberOfItsFirstAdditionAcrossGrowth() {
        EdgeSet edges = new EdgeSet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(edges.number(i, 3, i + 1)).isEqualTo(i);
        }

        assertThat(edges.number(500, 3, 501)).isEqualTo(500);
        assertThat(edges.number(500, 4, 501)).isEqualTo(100_000);
        assertThat(edges.size()).isEqualTo(100_001);
    }

    @Test
    void aNewEdgeBeyondTheCapacityIsRefusedNamingTheLimitWhileRepeatsKeepTheirNumbers() {
        EdgeSet edges = new EdgeSet(1 << 16);
        assertThat(edges.capacity()).isEqualTo(39_321);
        for (int i = 0; i < 39_321; i++) {
            assertThat(edges.number(i, 1, i)).isEqualTo(i);
        }

        assertThat(edges.number(7, 1, 7)).isEqualTo(7);
        assertThatThrownBy(() -> edges.add(1, 2, 3))
                .isInstanceOf(BadInputException.class)
                .hasMessage("an ingest run keeps its distinct relationships in memory to drop repeats, at most 39,321;"
                        + " the input holds more: split it into several ingest runs");
        assertThat(edges.size()).isEqualTo(39_321);
    }

    @Test
    void theDefaultCapacityIsTheLargestTheArraysAllow() {
        assertThat(new EdgeSet().capacity()).isEqualTo(322_122_547L);
    }
}
