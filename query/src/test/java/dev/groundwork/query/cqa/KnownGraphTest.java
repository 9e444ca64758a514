package dev.groundwork.query.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.query.linkprediction.Triple;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KnownGraphTest {
    // Entity 0 is the hub: 50 in-edges of relation 0 (from 1..50), one in-edge of relation 1 (from 51), one out-edge of
    // relation 1 (to 52).
    private static KnownGraph star() {
        List<Triple> triples = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            triples.add(new Triple("e" + i, "r0", "e0"));
        }
        triples.add(new Triple("e51", "r1", "e0"));
        triples.add(new Triple("e0", "r1", "e52"));
        return KnownGraph.of(triples, 53, 2, name -> Integer.parseInt(name.substring(1)), name -> Integer.parseInt(name.substring(1)));
    }

    @Test
    void aRandomEdgeDrawsItsRelationAndDirectionUniformlyThenANeighbour() {
        KnownGraph graph = star();
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            int[] edge = graph.randomEdgeInto(0, -1, false, random);
            counts[edge[0] == 0 ? 0 : edge[2] == 0 ? 1 : 2]++;
            if (edge[0] == 0) {
                assertThat(edge[1]).isBetween(1, 50);
                assertThat(edge[2]).isZero();
            } else {
                assertThat(edge[1]).isEqualTo(edge[2] == 0 ? 51 : 52);
            }
        }

        // Each of (r0 forward), (r1 forward), (r1 inverse) about a third, where drawing an edge would give r0 50 times in 52.
        for (int count : counts) {
            assertThat(count).isBetween(850, 1150);
        }
    }

    @Test
    void anExcludedRelationAndDirectionIsNeverDrawnAndNothingIsLeftWhenItIsTheOnlyOne() {
        KnownGraph graph = star();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 500; i++) {
            int[] edge = graph.randomEdgeInto(0, 1, true, random);
            assertThat(edge[0] == 1 && edge[2] == 1).as("r1 inverse was excluded").isFalse();
        }

        assertThat(graph.randomEdgeInto(51, 1, true, random)).as("e51's only edge, r1 out, excluded").isNull();
        assertThat(graph.randomEdgeInto(51, 1, false, random)).containsExactly(1, 0, 1);
    }

    @Test
    void aRandomEdgeFromAnEntityGoesForwardsAlongItsOutEdgesAndInverselyAlongItsInEdges() {
        KnownGraph graph = star();
        SplittableRandom random = new SplittableRandom(5);

        assertThat(graph.randomEdgeFrom(51, -1, false, random)).containsExactly(1, 0, 0);
        assertThat(graph.randomEdgeFrom(52, -1, false, random)).containsExactly(1, 0, 1);
        assertThat(graph.randomEdgeFrom(52, 1, true, random)).isNull();
    }
}
