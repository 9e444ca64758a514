package dev.groundwork.graph.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyIdsTest {
    @Test
    void numbersKeysInFirstSightOrderAcrossGrowth() {
        KeyIds ids = new KeyIds();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.get("/c/en/w" + i)).isEqualTo(-1);
            assertThat(ids.add("/c/en/w" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(ids.get(new String("/c/en/w" + i))).as("key %d", i).isEqualTo(i);
            assertThat(ids.key(i)).isEqualTo("/c/en/w" + i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
    }

    @Test
    void keysWithEqualHashesStayApart() {
        KeyIds ids = new KeyIds();
        // "Aa" and "BB" have the same String.hashCode.
        ids.add("Aa");
        ids.add("BB");
        ids.add("/c/ja/日本");

        assertThat(ids.get("Aa")).isZero();
        assertThat(ids.get("BB")).isEqualTo(1);
        assertThat(ids.get("/c/ja/日本")).isEqualTo(2);
        assertThat(ids.get("AaBB")).isEqualTo(-1);
    }
}
