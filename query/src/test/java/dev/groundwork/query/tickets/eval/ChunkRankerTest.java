package dev.groundwork.query.tickets.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkRankerTest {

    /** Embeds a text as counts of a few marker words, so that similarity is predictable without the real model. */
    private static List<float[]> markerWords(List<String> texts) {
        List<String> markers = List.of("disk", "network", "memory");
        return texts.stream().map(text -> {
            float[] v = new float[markers.size()];
            for (String word : text.split("\\W+")) {
                int i = markers.indexOf(word);
                if (i >= 0) {
                    v[i]++;
                }
            }
            return unit(v);
        }).toList();
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }

    private static List<String> sentences(String text) {
        return Arrays.asList(text.split("\\. "));
    }

    @Test
    void scoresATicketByItsBestChunk() {
        List<BenchmarkTicket> tickets = List.of(
                new BenchmarkTicket("q", "disk", "disk disk"),
                new BenchmarkTicket("mixed", "network", "network network. memory. disk disk"),
                new BenchmarkTicket("other", "memory", "network memory"));
        try (ChunkRanker ranker = new ChunkRanker(tickets, ChunkRankerTest::sentences, ChunkRankerTest::markerWords,
                ChunkRankerTest::markerWords)) {
            assertThat(ranker.rank(tickets.get(0))).containsExactly("mixed", "other");
        }
    }
}
