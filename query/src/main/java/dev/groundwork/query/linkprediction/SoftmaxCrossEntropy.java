package dev.groundwork.query.linkprediction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Softmax cross-entropy of a score row against one true column, and its gradient, in place. The
 * last partial vector is masked rather than done in scalar code, so every column goes through the
 * same arithmetic. Stateless and thread-safe.
 */
final class SoftmaxCrossEntropy {
    private static final VectorSpecies<Float> SPECIES = VectorMath.SPECIES;

    private SoftmaxCrossEntropy() {}

    /**
     * Replaces {@code row[at, at + n)} by {@code scale * (softmax - onehot(target))} and returns the
     * loss {@code logsumexp - row[target]} (unscaled).
     */
    static double lossAndGradient(float[] row, int at, int n, int target, float scale) {
        float targetScore = row[at + target];
        float max = max(row, at, n);
        float sum = expInPlace(row, at, n, max);
        float factor = scale / sum;
        for (int i = 0; i < n; i += SPECIES.length()) {
            VectorMask<Float> valid = SPECIES.indexInRange(i, n);
            FloatVector.fromArray(SPECIES, row, at + i, valid).mul(factor).intoArray(row, at + i, valid);
        }
        row[at + target] -= scale;
        return StrictMath.log(sum) + max - targetScore;
    }

    private static float max(float[] row, int at, int n) {
        FloatVector lowest = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        FloatVector best = lowest;
        for (int i = 0; i < n; i += SPECIES.length()) {
            VectorMask<Float> valid = SPECIES.indexInRange(i, n);
            best = best.max(lowest.blend(FloatVector.fromArray(SPECIES, row, at + i, valid), valid));
        }
        return best.reduceLanes(VectorOperators.MAX);
    }

    private static float expInPlace(float[] row, int at, int n, float max) {
        FloatVector total = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i += SPECIES.length()) {
            VectorMask<Float> valid = SPECIES.indexInRange(i, n);
            FloatVector e = VectorMath.expNonPositive(FloatVector.fromArray(SPECIES, row, at + i, valid).sub(max));
            e.intoArray(row, at + i, valid);
            total = total.add(FloatVector.zero(SPECIES).blend(e, valid));
        }
        return VectorMath.sum(total, new float[SPECIES.length()]);
    }
}
