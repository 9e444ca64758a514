package dev.groundwork.query.tickets.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Dense retrieval over chunks: every ticket's summary and description is cut into token windows and embedded; a query
 * ticket is cut the same way, and a candidate scores the best cosine similarity between any query chunk and any of its
 * chunks. The embedder is any batch function returning unit vectors, so another MiniLM runtime can stand in.
 */
final class ChunkRanker implements Ranker {
    static final int CHUNK_TOKENS = 256;
    static final int OVERLAP_TOKENS = 32;

    private final Function<String, List<String>> chunker;
    private final Function<List<String>, List<float[]>> embedder;
    private final List<String> ids = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();

    ChunkRanker(List<BenchmarkTicket> tickets, Function<String, List<String>> chunker, Function<List<String>, List<float[]>> embedder) {
        this.chunker = chunker;
        this.embedder = embedder;
        for (BenchmarkTicket t : tickets) {
            List<float[]> chunks = embed(t.text());
            chunks.forEach(v -> owners.add(ids.size()));
            vectors.addAll(chunks);
            ids.add(t.id());
        }
    }

    static ChunkRanker withMiniLm(List<BenchmarkTicket> tickets) {
        TokenWindows.keepDjlOffline();
        return new ChunkRanker(tickets, new TokenWindows(CHUNK_TOKENS, OVERLAP_TOKENS), unitVectors(new AllMiniLmL6V2EmbeddingModel()));
    }

    /** LangChain4j's model as a batch embedder of unit vectors. */
    static Function<List<String>, List<float[]>> unitVectors(EmbeddingModel model) {
        return texts -> model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(ChunkRanker::unit)
                .toList();
    }

    private static float[] unit(Embedding e) {
        e.normalize();
        return e.vector();
    }

    private List<float[]> embed(String text) {
        return embedder.apply(chunker.apply(text));
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        List<float[]> queryChunks = embed(query.text());
        double[] best = new double[ids.size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
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
