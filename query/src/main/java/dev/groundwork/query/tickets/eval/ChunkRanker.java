package dev.groundwork.query.tickets.eval;

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Dense retrieval over chunks: every ticket's summary and description is cut into token windows and embedded; a query
 * ticket is cut the same way, and a candidate scores the best cosine similarity between any query chunk and any of its
 * chunks. The embedders are any batch functions returning unit vectors: one for the tickets' chunks (passages), one for
 * the query's (with {@link #withModel}, the model's passage and query prefixes), so that the chunks baseline runs on the
 * same model as the graph method.
 */
final class ChunkRanker implements Ranker {
    static final int CHUNK_TOKENS = 256;
    static final int OVERLAP_TOKENS = 32;

    private final Function<String, List<String>> chunker;
    /** Room for the prefix and the special tokens around a window, so that the model sees every token of it. */
    private static final int PREFIX_TOKENS = 16;

    private final Function<List<String>, List<float[]>> queries;
    private final TextEmbedder owned;
    private final List<String> ids = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();

    ChunkRanker(List<BenchmarkTicket> tickets, Function<String, List<String>> chunker, Function<List<String>, List<float[]>> passages,
                Function<List<String>, List<float[]>> queries) {
        this(tickets, chunker, passages, queries, null);
    }

    private ChunkRanker(List<BenchmarkTicket> tickets, Function<String, List<String>> chunker, Function<List<String>, List<float[]>> passages,
                        Function<List<String>, List<float[]>> queries, TextEmbedder owned) {
        this.chunker = chunker;
        this.queries = queries;
        this.owned = owned;
        for (BenchmarkTicket t : tickets) {
            List<float[]> chunks = passages.apply(chunker.apply(t.text()));
            chunks.forEach(v -> owners.add(ids.size()));
            vectors.addAll(chunks);
            ids.add(t.id());
        }
    }

    /** Chunks embedded by {@code model}, which sees every token of a window (cut by the shared BERT wordpiece vocabulary). */
    static ChunkRanker withModel(List<BenchmarkTicket> tickets, EmbeddingModel model) {
        TokenWindows.keepDjlOffline();
        TextEmbedder embedder = TextEmbedder.load(model, CHUNK_TOKENS + PREFIX_TOKENS);
        try {
            return new ChunkRanker(tickets, new TokenWindows(CHUNK_TOKENS, OVERLAP_TOKENS), embedder::embedPassages,
                    embedder::embedQueries, embedder);
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        List<float[]> queryChunks = queries.apply(chunker.apply(query.text()));
        double[] best = new double[ids.size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < vectors.size(); c++) {
            int owner = owners.get(c);
            for (float[] q : queryChunks) {
                best[owner] = Math.max(best[owner], TextEmbedder.dot(q, vectors.get(c)));
            }
        }
        return IntStream.range(0, ids.size())
                .filter(t -> !ids.get(t).equals(query.id()))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> -best[t]).thenComparing(ids::get))
                .map(ids::get)
                .toList();
    }

    @Override
    public void close() {
        // The vectors live on the heap; only a model loaded for this ranker is released.
        if (owned != null) {
            owned.close();
        }
    }
}
