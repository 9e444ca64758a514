package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatmulTest {
    // Odd sizes cross every block edge: partial register tiles, K and N blocks.
    private static final int M = 37;
    private static final int K = 301;
    private static final int N = 2100;

    @Test
    void productWithTransposedRightOperandEqualsNaiveProduct() {
        Matmul.View a = Matmul.View.rowMajor(random(M * K, 1), K);
        Matmul.View b = Matmul.View.transposed(random(N * K, 2), K);
        float[] c = new float[M * N];
        try (Parallel parallel = new Parallel(2)) {
            Matmul.multiplyAdd(parallel, M, N, K, a, b, c, N);
        }
        assertMatchesNaiveProduct(a, b, c, 0f);
    }

    @Test
    void productWithTransposedLeftOperandAccumulatesIntoC() {
        Matmul.View a = Matmul.View.transposed(random(K * M, 3), M);
        Matmul.View b = Matmul.View.rowMajor(random(K * N, 4), N);
        float[] c = new float[M * N];
        java.util.Arrays.fill(c, 1f);
        try (Parallel parallel = new Parallel(1)) {
            Matmul.multiplyAdd(parallel, M, N, K, a, b, c, N);
        }
        assertMatchesNaiveProduct(a, b, c, 1f);
    }

    @Test
    void resultIsBitIdenticalForAnyNumberOfThreads() {
        float[] a = random(M * K, 5);
        float[] b = random(K * N, 6);
        float[] one = new float[M * N];
        float[] three = new float[M * N];
        try (Parallel single = new Parallel(1); Parallel several = new Parallel(3)) {
            Matmul.multiplyAdd(single, M, N, K, Matmul.View.rowMajor(a, K), Matmul.View.rowMajor(b, N), one, N);
            Matmul.multiplyAdd(several, M, N, K, Matmul.View.rowMajor(a, K), Matmul.View.rowMajor(b, N), three, N);
        }
        assertThat(three).containsExactly(one);
    }

    private static void assertMatchesNaiveProduct(Matmul.View a, Matmul.View b, float[] c, float initial) {
        for (int i = 0; i < M; i += 5) {
            for (int j = 0; j < N; j += 97) {
                double expected = initial;
                for (int p = 0; p < K; p++) {
                    expected += (double) a.get(i, p) * b.get(p, j);
                }
                assertThat((double) c[i * N + j]).as("c[%d][%d]", i, j).isCloseTo(expected, within(1e-3));
            }
        }
    }

    private static float[] random(int size, long seed) {
        return LinkPredictionBenchmark.random(size, seed);
    }
}
