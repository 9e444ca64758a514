package dev.groundwork.query.linkprediction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dense first-order optimisers over the parameter tables (entity table 0, relation table 1). Each
 * element is updated from its own state only, so a parallel update gives the same result as a
 * sequential one. Not thread-safe: one training run owns one optimiser.
 */
abstract sealed class Optimizer permits Optimizer.Adagrad, Optimizer.Adam {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /** The optimiser's state arrays, two per table at most, for checkpoints; restored in place. */
    abstract float[][] state();

    /** Called once a batch, before the tables are updated. */
    abstract void beginStep();

    /** Updates elements {@code [from, to)} of {@code params} with {@code grads}. */
    abstract void update(int table, float[] params, float[] grads, int from, int to);

    long steps() {
        return 0;
    }

    void restoreSteps(long steps) {
        // Only Adam counts steps.
    }

    static Optimizer create(OptimizerType type, float learningRate, int entityFloats, int relationFloats) {
        return switch (type) {
            case ADAGRAD -> new Adagrad(learningRate, entityFloats, relationFloats);
            case ADAM -> new Adam(learningRate, entityFloats, relationFloats);
        };
    }

    /** Adagrad with PyTorch's defaults (no initial accumulator, epsilon 1e-10). */
    static final class Adagrad extends Optimizer {
        private static final float EPSILON = 1e-10f;
        private final float learningRate;
        private final float[][] squares;

        Adagrad(float learningRate, int entityFloats, int relationFloats) {
            this.learningRate = learningRate;
            this.squares = new float[][] {new float[entityFloats], new float[relationFloats]};
        }

        @Override
        float[][] state() {
            return squares;
        }

        @Override
        void beginStep() {
            // Adagrad has no per-step state.
        }

        @Override
        void update(int table, float[] params, float[] grads, int from, int to) {
            float[] sum = squares[table];
            int i = from;
            for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
                FloatVector g = FloatVector.fromArray(SPECIES, grads, i);
                FloatVector s = FloatVector.fromArray(SPECIES, sum, i).add(g.mul(g));
                s.intoArray(sum, i);
                FloatVector step = g.mul(learningRate).div(s.sqrt().add(EPSILON));
                FloatVector.fromArray(SPECIES, params, i).sub(step).intoArray(params, i);
            }
            for (; i < to; i++) {
                float g = grads[i];
                sum[i] += g * g;
                params[i] -= learningRate * g / ((float) Math.sqrt(sum[i]) + EPSILON);
            }
        }
    }

    /** Adam (Kingma and Ba 2015) with beta1 0.9, beta2 0.999, epsilon 1e-8. */
    static final class Adam extends Optimizer {
        private static final float BETA1 = 0.9f;
        private static final float BETA2 = 0.999f;
        private static final float EPSILON = 1e-8f;
        private final float learningRate;
        private final float[][] moments;
        private long steps;
        private float stepSize;

        Adam(float learningRate, int entityFloats, int relationFloats) {
            this.learningRate = learningRate;
            this.moments = new float[][] {new float[entityFloats], new float[entityFloats], new float[relationFloats], new float[relationFloats]};
        }

        @Override
        float[][] state() {
            return moments;
        }

        @Override
        long steps() {
            return steps;
        }

        @Override
        void restoreSteps(long restored) {
            steps = restored;
        }

        @Override
        void beginStep() {
            steps++;
            stepSize = (float) (learningRate * StrictMath.sqrt(1 - StrictMath.pow(BETA2, steps)) / (1 - StrictMath.pow(BETA1, steps)));
        }

        @Override
        void update(int table, float[] params, float[] grads, int from, int to) {
            float[] first = moments[2 * table];
            float[] second = moments[2 * table + 1];
            int i = from;
            for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
                FloatVector g = FloatVector.fromArray(SPECIES, grads, i);
                FloatVector m = FloatVector.fromArray(SPECIES, first, i).mul(BETA1).add(g.mul(1 - BETA1));
                FloatVector v = FloatVector.fromArray(SPECIES, second, i).mul(BETA2).add(g.mul(g).mul(1 - BETA2));
                m.intoArray(first, i);
                v.intoArray(second, i);
                FloatVector.fromArray(SPECIES, params, i).sub(m.mul(stepSize).div(v.sqrt().add(EPSILON))).intoArray(params, i);
            }
            for (; i < to; i++) {
                float g = grads[i];
                first[i] = first[i] * BETA1 + g * (1 - BETA1);
                second[i] = second[i] * BETA2 + g * g * (1 - BETA2);
                params[i] -= stepSize * first[i] / ((float) Math.sqrt(second[i]) + EPSILON);
            }
        }
    }
}
