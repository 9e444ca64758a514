package dev.groundwork.query.eval;

/** The mean of each metric over {@code queries} queries; {@code mean.reciprocalRank()} is the MRR. */
public record MetricSummary(int queries, QueryScores mean) {
    public MetricSummary {
        if (queries < 1) {
            throw new IllegalArgumentException("a summary needs at least one query, got " + queries);
        }
    }
}
