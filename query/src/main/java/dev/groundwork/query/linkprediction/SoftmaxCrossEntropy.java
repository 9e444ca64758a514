package dev.groundwork.query.linkprediction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Softmax cross-entropy of a score row against one true column, and its gradient, in place. */
final class SoftmaxCrossEntropy {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private SoftmaxCrossEntropy() {}

    /**
     * Replaces {@code row[at, at + n)} by {@code scale * (softmax - onehot(target))} and returns the
     * loss {@code logsumexp - row[target]} (unscaled).
     */
    static double lossAndGradient(float[] row, int at, int n, int target, float scale) {
        float max = max(row, at, n);
        float targetScore = row[at + target];
        float sum = expInPlace(row, at, n, max);
        float factor = scale / sum;
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, row, at + i).mul(factor).intoArray(row, at + i);
        }
        for (; i < n; i++) {
            row[at + i] *= factor;
        }
        row[at + target] -= scale;
        return Math.log(sum) + max - targetScore;
    }

    private static float max(float[] row, int at, int n) {
        FloatVector best = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            best = best.max(FloatVector.fromArray(SPECIES, row, at + i));
        }
        float max = best.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, row[at + i]);
        }
        return max;
    }

    private static float expInPlace(float[] row, int at, int n, float max) {
        FloatVector total = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            FloatVector e = FloatVector.fromArray(SPECIES, row, at + i).sub(max).lanewise(VectorOperators.EXP);
            e.intoArray(row, at + i);
            total = total.add(e);
        }
        float sum = total.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            float e = (float) Math.exp(row[at + i] - max);
            row[at + i] = e;
            sum += e;
        }
        return sum;
    }
}
