package dev.groundwork.query.tickets.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkRankerTest {

    /** Embeds a text as counts of a few marker words, so that similarity is predictable without the real model. */
    private static final EmbeddingModel MARKER_WORDS = new EmbeddingModel() {
        private final List<String> markers = List.of("disk", "network", "memory");

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(count(s.text()))).toList());
        }

        private float[] count(String text) {
            float[] v = new float[markers.size() + 1];
            v[markers.size()] = 0.01f;
            for (String word : text.split("\\W+")) {
                int i = markers.indexOf(word);
                if (i >= 0) {
                    v[i]++;
                }
            }
            return v;
        }
    };

    private static List<String> sentences(String text) {
        return Arrays.asList(text.split("\\. "));
    }

    @Test
    void scoresATicketByItsBestChunk() {
        List<BenchmarkTicket> tickets = List.of(
                new BenchmarkTicket("q", "disk", "disk disk"),
                new BenchmarkTicket("mixed", "network", "network network. memory. disk disk"),
                new BenchmarkTicket("other", "memory", "network memory"));
        try (ChunkRanker ranker = new ChunkRanker(tickets, ChunkRankerTest::sentences, MARKER_WORDS)) {
            assertThat(ranker.rank(tickets.get(0))).containsExactly("mixed", "other");
        }
    }
}
