package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void selectsTheSameIdsAsAFullSort() {
        SplittableRandom random = new SplittableRandom(9);
        float[] scores = new float[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(200) / 10f; // many ties
        }
        int[] expected = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(25).mapToInt(Integer::intValue).toArray();

        assertThat(TopK.select(scores, scores.length, 25)).containsExactly(expected);
    }

    @Test
    void kLargerThanNReturnsAllButNan() {
        float[] scores = {1f, Float.NaN, 3f};

        assertThat(TopK.select(scores, 3, 10)).containsExactly(2, 0);
    }
}
