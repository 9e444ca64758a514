package dev.groundwork.query.tickets.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.query.eval.QueryScores;
import dev.groundwork.query.eval.RankingMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The duplicate-retrieval benchmark: for each ticket that has a known duplicate, rank every other ticket and score where its
 * duplicate partners land (MRR, Recall@1/3/10, NDCG@1/3/10). Systems read summary and description only.
 *
 * <p>Immutable and thread-safe once loaded; {@link #run} builds and frees a system's index on each call.
 *
 * <pre>{@code
 * DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(Path.of("shared/data/tickets/hadoop"));
 * BenchmarkResult bm25 = bench.run(RetrievalSystem.BM25);
 * System.out.println(bm25.metrics().mean().reciprocalRank());
 * }</pre>
 */
public final class DuplicateBenchmark {
    private final List<BenchmarkTicket> tickets;
    private final Map<String, Set<String>> duplicates;
    private final int skippedLinks;

    private DuplicateBenchmark(List<BenchmarkTicket> tickets, Map<String, Set<String>> duplicates, int skippedLinks) {
        this.tickets = tickets;
        this.duplicates = duplicates;
        this.skippedLinks = skippedLinks;
    }

    /** Loads {@code bugs.csv} and {@code duplicates.csv} from {@code dir} (the GitBugs layout); every link is asked both ways. */
    public static DuplicateBenchmark loadHadoop(Path dir) {
        return HadoopLayout.load(dir);
    }

    /** A benchmark over {@code tickets}, whose queries are the keys of {@code duplicates}, each relevant to its partners. */
    public static DuplicateBenchmark of(List<BenchmarkTicket> tickets, Map<String, Set<String>> duplicates) {
        return of(tickets, duplicates, 0);
    }

    static DuplicateBenchmark of(List<BenchmarkTicket> tickets, Map<String, Set<String>> duplicates, int skippedLinks) {
        Set<String> ids = new HashSet<>();
        for (BenchmarkTicket t : tickets) {
            if (!ids.add(t.id())) {
                throw new BadInputException("duplicate benchmark: ticket id " + t.id() + " appears twice; expected unique ids");
            }
        }
        Map<String, Set<String>> queries = new TreeMap<>();
        duplicates.forEach((query, partners) -> {
            requireKnown(ids, query);
            partners.forEach(p -> requireKnown(ids, p));
            queries.put(query, Set.copyOf(partners));
        });
        return new DuplicateBenchmark(List.copyOf(tickets), queries, skippedLinks);
    }

    private static void requireKnown(Set<String> ids, String id) {
        if (!ids.contains(id)) {
            throw new BadInputException("duplicate benchmark: the link names ticket " + id + ", which is not among the tickets");
        }
    }

    /** The query tickets' ids, sorted; per-query results follow this order. */
    public List<String> queryIds() {
        return List.copyOf(duplicates.keySet());
    }

    /** Links of the dataset left out because a ticket they name is not among the tickets. */
    public int skippedLinks() {
        return skippedLinks;
    }

    /** How many tickets each system indexes. */
    public int ticketCount() {
        return tickets.size();
    }

    /** Indexes every ticket with {@code system} (chunks: the tickets' default embedding model), asks every query and scores the rankings. */
    public BenchmarkResult run(RetrievalSystem system) {
        return run(system, EmbeddingModel.TICKETS_DEFAULT);
    }

    /** Like {@link #run(RetrievalSystem)}, the chunks system embedding with {@code model} (bm25 embeds nothing). */
    public BenchmarkResult run(RetrievalSystem system, EmbeddingModel model) {
        return switch (system) {
            case BM25 -> run(system, Bm25Ranker::new);
            case CHUNKS -> run(system, tickets -> ChunkRanker.withModel(tickets, model));
            case GRAPH -> throw new BadInputException("the graph system needs a ticket graph: build one with the tickets"
                    + " ingest and pass its ranker to run(GRAPH, ranker)");
        };
    }

    /** Runs a system whose index was built elsewhere (its index time is not counted here). */
    public BenchmarkResult run(RetrievalSystem system, Ranker ranker) {
        return run(system, tickets -> ranker);
    }

    /** The partners of query {@code id}: the tickets it should find. */
    public Set<String> relevant(String id) {
        return duplicates.getOrDefault(id, Set.of());
    }

    /** The benchmark's tickets, the only fields any system may read. */
    public List<BenchmarkTicket> tickets() {
        return tickets;
    }

    BenchmarkResult run(RetrievalSystem system, Function<List<BenchmarkTicket>, Ranker> factory) {
        long start = System.nanoTime();
        try (Ranker ranker = factory.apply(tickets)) {
            Duration indexTime = Duration.ofNanos(System.nanoTime() - start);
            Map<String, BenchmarkTicket> byId = new TreeMap<>();
            tickets.forEach(t -> byId.put(t.id(), t));
            List<QueryScores> scores = new ArrayList<>();
            long[] nanos = new long[duplicates.size()];
            int i = 0;
            for (Map.Entry<String, Set<String>> query : duplicates.entrySet()) {
                long t0 = System.nanoTime();
                List<String> ranking = ranker.rank(byId.get(query.getKey()));
                nanos[i++] = System.nanoTime() - t0;
                scores.add(RankingMetrics.score(ranking, query.getValue()));
            }
            Arrays.sort(nanos);
            return new BenchmarkResult(system, RankingMetrics.mean(scores), scores, indexTime, percentile(nanos, 0.50), percentile(nanos, 0.95));
        }
    }

    /** Nearest-rank percentile of sorted durations. */
    private static Duration percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
    }
}
