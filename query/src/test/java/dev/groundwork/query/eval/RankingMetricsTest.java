package dev.groundwork.query.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    // Relevant items at ranks 2 and 4: values worked out by hand, e.g. NDCG@3 = (1/log2 3) / (1 + 1/log2 3).
    private static final QueryScores HAND_WORKED = RankingMetrics.score(List.of("x", "a", "y", "b", "z"), Set.of("a", "b"));

    @Test
    void reciprocalRankUsesTheFirstRelevantItem() {
        assertThat(HAND_WORKED.reciprocalRank()).isEqualTo(0.5);
    }

    @Test
    void recallIsTheShareOfRelevantItemsFound() {
        assertThat(HAND_WORKED.recallAt1()).isZero();
        assertThat(HAND_WORKED.recallAt3()).isEqualTo(0.5);
        assertThat(HAND_WORKED.recallAt10()).isEqualTo(1.0);
    }

    @Test
    void ndcgComparesWithAnIdealRankingOfAllRelevantItems() {
        assertThat(HAND_WORKED.ndcgAt1()).isZero();
        assertThat(HAND_WORKED.ndcgAt3()).isCloseTo(0.386853, within(1e-6));
        assertThat(HAND_WORKED.ndcgAt10()).isCloseTo(0.650921, within(1e-6));
    }

    @Test
    void missingRelevantItemScoresZero() {
        QueryScores none = RankingMetrics.score(List.of("x", "y"), Set.of("a"));

        assertThat(none).isEqualTo(new QueryScores(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void meanAveragesEachMetric() {
        QueryScores perfect = RankingMetrics.score(List.of("a"), Set.of("a"));

        MetricSummary summary = RankingMetrics.mean(List.of(perfect, HAND_WORKED));

        assertThat(summary.queries()).isEqualTo(2);
        assertThat(summary.mean().reciprocalRank()).isEqualTo(0.75);
        assertThat(summary.mean().recallAt3()).isEqualTo(0.75);
    }

    @Test
    void bootstrapIsDeterministicForASeed() {
        List<QueryScores> a = List.of(HAND_WORKED, score(1), score(3), score(1));
        List<QueryScores> b = List.of(score(1), score(2), score(2), score(5));

        Interval first = RankingMetrics.bootstrapMrrDifference(a, b, 1000, 7);
        Interval again = RankingMetrics.bootstrapMrrDifference(a, b, 1000, 7);

        assertThat(again).isEqualTo(first);
        assertThat(first.estimate()).isCloseTo((-0.5 + 0.5 - 1.0 / 6 + 0.8) / 4, within(1e-12));
        assertThat(first.low()).isLessThanOrEqualTo(first.estimate());
        assertThat(first.high()).isGreaterThanOrEqualTo(first.estimate());
    }

    @Test
    void bootstrapIntervalExcludesZeroWhenOneSystemAlwaysWins() {
        List<QueryScores> better = List.of(score(1), score(1), score(2));
        List<QueryScores> worse = List.of(score(2), score(3), score(4));

        Interval diff = RankingMetrics.bootstrapMrrDifference(better, worse, 1000, 1);

        assertThat(diff.low()).isGreaterThan(0);
    }

    @Test
    void bootstrapRejectsUnpairedScores() {
        assertThatThrownBy(() -> RankingMetrics.bootstrapMrrDifference(List.of(score(1)), List.of(), 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paired scores need the same non-zero number of queries, got 1 and 0");
    }

    private static QueryScores score(int rankOfOnlyRelevant) {
        List<String> ranking = new java.util.ArrayList<>(List.of("p", "q", "r", "s", "t"));
        ranking.set(rankOfOnlyRelevant - 1, "hit");
        return RankingMetrics.score(ranking, Set.of("hit"));
    }
}
