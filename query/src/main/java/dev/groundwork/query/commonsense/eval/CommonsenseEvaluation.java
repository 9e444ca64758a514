package dev.groundwork.query.commonsense.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.commonsense.ConceptUri;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores sub-graph extraction on held-out triples (CN-100K's {@code test.txt}): for each triple,
 * with it and its reverse withheld, is its head joined to its tail by the extracted sub-graph
 * (coverage), how many nodes does that sub-graph have, how long did extraction take. The pruned
 * extraction and the breadth-first baseline run on the same triples, alternately, in one run.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Report r = CommonsenseEvaluation.run(store, Path.of("cn-100k/test.txt"), 2, 50, System.err::println);
 * }</pre>
 */
public final class CommonsenseEvaluation {
    /** Triples run first and not measured, so the JIT and the page cache are warm for the measured ones. */
    public static final int WARM_UP = 50;

    /**
     * One system's figures; as JSON under the keys the issue names ({@code coverage nodes_median p50_ms p95_ms n}).
     *
     * @param coverage share of triples whose head and tail the sub-graph joins
     * @param nodesMedian median node count of the sub-graphs
     * @param p50Ms median extraction time, milliseconds
     * @param p95Ms 95th percentile extraction time, milliseconds
     * @param n triples scored
     */
    public record SystemReport(double coverage, @JsonProperty("nodes_median") double nodesMedian,
                               @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p95_ms") double p95Ms, int n) {}

    /**
     * The figures of both systems.
     *
     * @param systems {@code pruned} and {@code bfs}
     * @param missing triples whose head or tail is not a concept of the graph (they count as not covered)
     */
    public record Report(Map<String, SystemReport> systems, int missing) {}

    private record Triple(String relation, String head, String tail, long line) {}

    private CommonsenseEvaluation() {}

    /** Evaluates extraction at {@code hops} and {@code limit} on the triples of {@code testFile}. */
    public static Report run(GraphStore store, Path testFile, int hops, int limit, Consumer<String> progress) {
        List<Triple> triples = read(testFile);
        Set<String> withheld = new HashSet<>();
        for (Triple t : triples) {
            withheld.add(CommonsenseGrounding.edgeKey(t.relation(), t.head(), t.tail()));
            withheld.add(CommonsenseGrounding.edgeKey(t.relation(), t.tail(), t.head()));
        }
        CommonsenseGrounding grounding = CommonsenseGrounding.load(store);
        Request pruned = new Request(hops, limit, Strategy.PRUNED, withheld);
        Request bfs = pruned.withStrategy(Strategy.BFS);
        for (Triple t : triples.subList(0, Math.min(WARM_UP, triples.size()))) {
            extract(grounding, t, pruned);
            extract(grounding, t, bfs);
        }
        Measures p = new Measures(triples.size());
        Measures b = new Measures(triples.size());
        int missing = 0;
        for (int i = 0; i < triples.size(); i++) {
            Triple t = triples.get(i);
            Result rp = p.time(() -> extract(grounding, t, pruned));
            b.time(() -> extract(grounding, t, bfs));
            if (rp.subgraph().nodes().size() < 2) {
                missing++;
            }
            if ((i + 1) % 200 == 0) {
                progress.accept("evaluated " + (i + 1) + "/" + triples.size() + " triples");
            }
        }
        Map<String, SystemReport> systems = new LinkedHashMap<>();
        systems.put("pruned", p.report());
        systems.put("bfs", b.report());
        return new Report(systems, missing);
    }

    private static Result extract(CommonsenseGrounding g, Triple t, Request r) {
        return g.subgraphOfConcepts(List.of(t.head()), List.of(t.tail()), r);
    }

    private static List<Triple> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the test triples: " + e.getMessage(), e);
        }
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length < 3 || cols[1].isBlank() || cols[2].isBlank()) {
                throw new BadInputException(file + ":" + (i + 1) + ": expected relation<TAB>head<TAB>tail, got '"
                        + lines.get(i) + "'");
            }
            out.add(new Triple(cols[0].strip(), ConceptUri.of(cols[1], "en"), ConceptUri.of(cols[2], "en"), i + 1));
        }
        if (out.isEmpty()) {
            throw new BadInputException(file + ": no test triples");
        }
        return out;
    }

    /** Times and sizes of one system. Not thread-safe. */
    private static final class Measures {
        private final double[] millis;
        private final double[] nodes;
        private int n;
        private int covered;

        Measures(int size) {
            millis = new double[size];
            nodes = new double[size];
        }

        Result time(java.util.function.Supplier<Result> work) {
            long start = System.nanoTime();
            Result r = work.get();
            millis[n] = (System.nanoTime() - start) / 1e6;
            nodes[n] = r.subgraph().nodes().size();
            covered += r.connected() ? 1 : 0;
            n++;
            return r;
        }

        SystemReport report() {
            return new SystemReport((double) covered / n, quantile(nodes, 0.5), quantile(millis, 0.5), quantile(millis, 0.95), n);
        }

        private double quantile(double[] values, double q) {
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            return sorted[(int) Math.min(n - 1, Math.ceil(q * n) - 1)];
        }
    }
}
