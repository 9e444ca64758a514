package dev.groundwork.query.eval;

/**
 * The ranking metrics of one query, or their means over many (see {@link MetricSummary}). Recall@k is the share of the
 * query's relevant items found in the first k; NDCG@k uses binary gain and an ideal ranking of all relevant items.
 */
public record QueryScores(
        double reciprocalRank,
        double recallAt1,
        double recallAt3,
        double recallAt10,
        double ndcgAt1,
        double ndcgAt3,
        double ndcgAt10) {
    public QueryScores {
        for (double v : new double[] {reciprocalRank, recallAt1, recallAt3, recallAt10, ndcgAt1, ndcgAt3, ndcgAt10}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("every ranking metric lies in [0, 1], got " + v);
            }
        }
    }
}
