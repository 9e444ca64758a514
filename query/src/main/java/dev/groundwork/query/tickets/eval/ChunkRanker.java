package dev.groundwork.query.tickets.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Dense retrieval over chunks: every ticket's summary and description is cut into token windows and embedded; a query
 * ticket is cut the same way, and a candidate scores the best cosine similarity between any query chunk and any of its
 * chunks.
 */
final class ChunkRanker implements Ranker {
    static final int CHUNK_TOKENS = 256;
    static final int OVERLAP_TOKENS = 32;

    private final Function<String, List<String>> chunker;
    private final EmbeddingModel model;
    private final List<String> ids = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();

    ChunkRanker(List<BenchmarkTicket> tickets, Function<String, List<String>> chunker, EmbeddingModel model) {
        this.chunker = chunker;
        this.model = model;
        for (BenchmarkTicket t : tickets) {
            List<float[]> chunks = embed(t.text());
            chunks.forEach(v -> owners.add(ids.size()));
            vectors.addAll(chunks);
            ids.add(t.id());
        }
    }

    static ChunkRanker withMiniLm(List<BenchmarkTicket> tickets) {
        TokenWindows.keepDjlOffline();
        return new ChunkRanker(tickets, new TokenWindows(CHUNK_TOKENS, OVERLAP_TOKENS), new AllMiniLmL6V2EmbeddingModel());
    }

    private List<float[]> embed(String text) {
        List<TextSegment> segments = chunker.apply(text).stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(ChunkRanker::unit).toList();
    }

    private static float[] unit(Embedding e) {
        e.normalize();
        return e.vector();
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        List<float[]> queryChunks = embed(query.text());
        double[] best = new double[ids.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < vectors.size(); c++) {
            int owner = owners.get(c);
            for (float[] q : queryChunks) {
                best[owner] = Math.max(best[owner], dot(q, vectors.get(c)));
            }
        }
        return IntStream.range(0, ids.size())
                .filter(t -> !ids.get(t).equals(query.id()))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> -best[t]).thenComparing(ids::get))
                .map(ids::get)
                .toList();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public void close() {
        // Vectors live on the heap; nothing to release.
    }
}
