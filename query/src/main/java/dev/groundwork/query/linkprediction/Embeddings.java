package dev.groundwork.query.linkprediction;

import java.util.SplittableRandom;

/**
 * The parameters of a model: one row of {@link #width()} floats per entity and per relation slot
 * (2R slots: each relation and its reciprocal), and the margin {@code gamma} of a distance model
 * (0 for the bilinear ones). Mutable during training, owned by one thread of control; a trained
 * {@link LinkPredictor} never changes them.
 */
record Embeddings(ModelType type, int rank, int entityCount, int relationCount, float[] entities, float[] relations, float gamma) {

    Embeddings(ModelType type, int rank, int entityCount, int relationCount, float[] entities, float[] relations) {
        this(type, rank, entityCount, relationCount, entities, relations, 0f);
    }

    static Embeddings initial(ModelType type, int rank, int entityCount, int relationCount, float scale, long seed) {
        int width = type.interaction().width(rank);
        SplittableRandom random = new SplittableRandom(seed);
        return new Embeddings(type, rank, entityCount, relationCount,
                gaussian(random, entityCount * width, scale), gaussian(random, 2 * relationCount * width, scale));
    }

    private static float[] gaussian(SplittableRandom random, int size, float scale) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (nextGaussian(random) * scale);
        }
        return values;
    }

    // Box-Muller with StrictMath: the same numbers on every JVM, unlike RandomGenerator.nextGaussian's algorithm choice.
    private static double nextGaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    int width() {
        return type.interaction().width(rank);
    }

    Embeddings copy() {
        return new Embeddings(type, rank, entityCount, relationCount, entities.clone(), relations.clone(), gamma);
    }

    /** Writes the query vectors {@code q(anchor, relation)} of {@code count} queries from {@code first} as rows of {@code out}. */
    void queries(int[] anchors, int[] relationIds, int first, int count, float[] out) {
        int width = width();
        Interaction interaction = type.interaction();
        for (int i = 0; i < count; i++) {
            interaction.query(entities, anchors[first + i] * width, relations, relationIds[first + i] * width, out, i * width, width);
        }
    }

    /** {@code scores[count x entityCount]}: every query row against every entity ({@code queries * entities^T} for the bilinear models); overwrites scores. */
    void scoreAll(Parallel parallel, float[] queries, int count, float[] scores) {
        if (type.isDistance()) {
            ModelMath.scoreFew(parallel, this, queries, count, scores);
            return;
        }
        java.util.Arrays.fill(scores, 0, count * entityCount, 0f);
        int width = width();
        Matmul.multiplyAdd(parallel, count, entityCount, width,
                Matmul.View.rowMajor(queries, width), Matmul.View.transposed(entities, width), scores, entityCount);
    }
}
