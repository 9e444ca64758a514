package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.eval.Interval;
import dev.groundwork.query.eval.MetricSummary;
import dev.groundwork.query.eval.QueryScores;
import dev.groundwork.query.eval.RankingMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate benchmark's report: per system the metrics on all queries, on the even issue ids
 * (held out from tuning) and on the odd ones (used for tuning), latency, and the paired bootstrap
 * 95% interval of the graph method's MRR gain over each baseline. Plain maps, ready for JSON, with
 * the keys {@code mrr recall1 recall3 recall10 ndcg1 ndcg3 ndcg10 p50_ms p95_ms n}.
 *
 * <pre>{@code
 * Map<String, Object> json = BenchmarkReport.of(benchmark, List.of(bm25, chunks, graph));
 * }</pre>
 */
public final class BenchmarkReport {
    private static final int RESAMPLES = 10_000;
    private static final long SEED = 42;

    private BenchmarkReport() {}

    /** The report of {@code results}, run on {@code benchmark}. */
    public static Map<String, Object> of(DuplicateBenchmark benchmark, List<BenchmarkResult> results) {
        List<String> ids = benchmark.queryIds();
        Map<String, Object> systems = new LinkedHashMap<>();
        Map<String, Object> even = new LinkedHashMap<>();
        Map<String, Object> odd = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            String name = r.system().name().toLowerCase(java.util.Locale.ROOT);
            Map<String, Object> all = metrics(RankingMetrics.mean(r.perQuery()));
            all.put("p50_ms", millis(r.latencyP50()));
            all.put("p95_ms", millis(r.latencyP95()));
            all.put("index_s", Math.round(r.indexTime().toMillis() / 100.0) / 10.0);
            systems.put(name, all);
            even.put(name, metrics(RankingMetrics.mean(subset(r.perQuery(), ids, false))));
            odd.put(name, metrics(RankingMetrics.mean(subset(r.perQuery(), ids, true))));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("systems", systems);
        report.put("even", even);
        report.put("odd", odd);
        report.put("graph_mrr_gain", gains(results));
        report.put("tickets", benchmark.ticketCount());
        report.put("skipped_links", benchmark.skippedLinks());
        return report;
    }

    /** {@code result}'s metrics on the held-out even half alone: how a configuration chosen on the odd half is reported. */
    public static Map<String, Object> heldOut(DuplicateBenchmark benchmark, BenchmarkResult result) {
        Map<String, Object> m = metrics(RankingMetrics.mean(subset(result.perQuery(), benchmark.queryIds(), false)));
        m.put("queries", "even");
        return m;
    }

    private static Map<String, Object> gains(List<BenchmarkResult> results) {
        Map<String, Object> gains = new LinkedHashMap<>();
        results.stream().filter(r -> r.system() == RetrievalSystem.GRAPH).findFirst().ifPresent(graph -> {
            for (BenchmarkResult base : results) {
                if (base.system() != RetrievalSystem.GRAPH) {
                    Interval i = RankingMetrics.bootstrapMrrDifference(graph.perQuery(), base.perQuery(), RESAMPLES, SEED);
                    gains.put(base.system().name().toLowerCase(java.util.Locale.ROOT),
                            Map.of("gain", round(i.estimate()), "low", round(i.low()), "high", round(i.high())));
                }
            }
        });
        return gains;
    }

    private static List<QueryScores> subset(List<QueryScores> scores, List<String> ids, boolean tuning) {
        List<QueryScores> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (isTuningQuery(ids.get(i)) == tuning) {
                out.add(scores.get(i));
            }
        }
        return out;
    }

    /** Tuning uses the queries with odd issue ids (by the last digit; other ids by their hash); the even ones are held out. */
    static boolean isTuningQuery(String id) {
        int last = id.isEmpty() ? 0 : Character.isDigit(id.charAt(id.length() - 1)) ? id.charAt(id.length() - 1) - '0' : id.hashCode();
        return last % 2 != 0;
    }

    private static Map<String, Object> metrics(MetricSummary m) {
        QueryScores s = m.mean();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mrr", round(s.reciprocalRank()));
        o.put("recall1", round(s.recallAt1()));
        o.put("recall3", round(s.recallAt3()));
        o.put("recall10", round(s.recallAt10()));
        o.put("ndcg1", round(s.ndcgAt1()));
        o.put("ndcg3", round(s.ndcgAt3()));
        o.put("ndcg10", round(s.ndcgAt10()));
        o.put("n", m.queries());
        return o;
    }

    private static double millis(java.time.Duration d) {
        return Math.round(d.toNanos() / 1e4) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
