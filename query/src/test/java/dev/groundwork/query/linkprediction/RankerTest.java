package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankerTest {
    @Test
    void tiedScoresGetTheMeanRankNotTheBest() {
        float[] constant = {0.5f, 0.5f, 0.5f, 0.5f, 0.5f};

        assertThat(Ranker.rank(constant, 0, 5, 2, new int[0])).isEqualTo(3.0);
    }

    @Test
    void knownTrueAnswersAboveTheTargetAreFilteredOut() {
        float[] scores = {0.9f, 0.8f, 0.7f, 0.1f};

        assertThat(Ranker.rank(scores, 0, 4, 2, new int[0])).isEqualTo(3.0);
        assertThat(Ranker.rank(scores, 0, 4, 2, new int[] {0, 2})).isEqualTo(2.0);
    }

    @Test
    void nanScoreRanksLast() {
        float[] scores = {0.9f, Float.NaN, 0.7f};

        assertThat(Ranker.rank(scores, 0, 3, 1, new int[0])).isEqualTo(3.0);
    }

    @Test
    void rankReadsTheRowAtItsOffset() {
        float[] twoRows = {0.1f, 0.2f, 0.9f, 0.3f};

        assertThat(Ranker.rank(twoRows, 2, 2, 0, new int[0])).isEqualTo(1.0);
        assertThat(Ranker.rank(twoRows, 0, 2, 0, new int[0])).isEqualTo(2.0);
    }
}
