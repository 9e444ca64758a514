package dev.groundwork.query.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Ranking metrics for retrieval evaluation: reciprocal rank, Recall@1/3/10 and NDCG@1/3/10 per query, their means, and a
 * paired bootstrap confidence interval for the difference in MRR between two systems.
 *
 * <p>Stateless and thread-safe; all methods are static.
 *
 * <pre>{@code
 * QueryScores q = RankingMetrics.score(List.of("b", "a", "c"), Set.of("a"));   // reciprocal rank 0.5
 * MetricSummary all = RankingMetrics.mean(List.of(q));
 * Interval diff = RankingMetrics.bootstrapMrrDifference(systemA, systemB, 10_000, 42);
 * }</pre>
 */
public final class RankingMetrics {
    private static final int[] CUTOFFS = {1, 3, 10};

    private RankingMetrics() {}

    /** Scores one ranking (best first) against the set of relevant items; a query with no relevant item is a caller error. */
    public static QueryScores score(List<String> ranking, Set<String> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one relevant item");
        }
        double[] recall = new double[CUTOFFS.length];
        double[] ndcg = new double[CUTOFFS.length];
        for (int i = 0; i < CUTOFFS.length; i++) {
            recall[i] = hitsAt(ranking, relevant, CUTOFFS[i]) / (double) relevant.size();
            ndcg[i] = dcg(ranking, relevant, CUTOFFS[i]) / idealDcg(relevant.size(), CUTOFFS[i]);
        }
        return new QueryScores(reciprocalRank(ranking, relevant), recall[0], recall[1], recall[2], ndcg[0], ndcg[1], ndcg[2]);
    }

    /** The mean of each metric over the queries. */
    public static MetricSummary mean(List<QueryScores> scores) {
        double n = scores.size();
        return new MetricSummary(scores.size(), new QueryScores(
                scores.stream().mapToDouble(QueryScores::reciprocalRank).sum() / n,
                scores.stream().mapToDouble(QueryScores::recallAt1).sum() / n,
                scores.stream().mapToDouble(QueryScores::recallAt3).sum() / n,
                scores.stream().mapToDouble(QueryScores::recallAt10).sum() / n,
                scores.stream().mapToDouble(QueryScores::ndcgAt1).sum() / n,
                scores.stream().mapToDouble(QueryScores::ndcgAt3).sum() / n,
                scores.stream().mapToDouble(QueryScores::ndcgAt10).sum() / n));
    }

    /**
     * The MRR of system {@code a} minus that of {@code b}, with a 95% percentile interval from {@code resamples} paired
     * bootstrap resamples of the queries. Both lists hold the same queries in the same order; the same seed gives the same
     * interval.
     */
    public static Interval bootstrapMrrDifference(List<QueryScores> a, List<QueryScores> b, int resamples, long seed) {
        if (a.size() != b.size() || a.isEmpty()) {
            throw new IllegalArgumentException("paired scores need the same non-zero number of queries, got " + a.size() + " and " + b.size());
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        double[] diff = new double[a.size()];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = a.get(i).reciprocalRank() - b.get(i).reciprocalRank();
        }
        double[] means = resampledMeans(diff, resamples, new SplittableRandom(seed));
        Arrays.sort(means);
        return new Interval(Arrays.stream(diff).average().orElseThrow(), percentile(means, 0.025), percentile(means, 0.975));
    }

    private static double[] resampledMeans(double[] values, int resamples, SplittableRandom random) {
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        return means;
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.round(p * (sorted.length - 1));
        return sorted[index];
    }

    private static double reciprocalRank(List<String> ranking, Set<String> relevant) {
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static int hitsAt(List<String> ranking, Set<String> relevant, int k) {
        return (int) ranking.stream().limit(k).filter(relevant::contains).count();
    }

    private static double dcg(List<String> ranking, Set<String> relevant, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                sum += discount(i);
            }
        }
        return sum;
    }

    private static double idealDcg(int relevantCount, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, relevantCount); i++) {
            sum += discount(i);
        }
        return sum;
    }

    private static double discount(int zeroBasedRank) {
        return 1 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }
}
