package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.eval.MetricSummary;
import dev.groundwork.query.eval.QueryScores;
import java.time.Duration;
import java.util.List;

/**
 * One system's run of the duplicate benchmark: mean metrics, per-query scores in the order of
 * {@link DuplicateBenchmark#queryIds()} (so two results can be compared pairwise), the time to index every ticket, and
 * the median and 95th-percentile time to answer one query, query encoding included.
 */
public record BenchmarkResult(
        RetrievalSystem system,
        MetricSummary metrics,
        List<QueryScores> perQuery,
        Duration indexTime,
        Duration latencyP50,
        Duration latencyP95) {
    public BenchmarkResult {
        perQuery = List.copyOf(perQuery);
        if (perQuery.size() != metrics.queries()) {
            throw new IllegalArgumentException("per-query scores (" + perQuery.size() + ") must match the summary's " + metrics.queries() + " queries");
        }
    }
}
