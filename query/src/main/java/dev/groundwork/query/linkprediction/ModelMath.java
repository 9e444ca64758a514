package dev.groundwork.query.linkprediction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Scoring without the packed GEMM: one score, the scores of all entities for one query (a GEMV),
 * and a few queries against all entities. Handles every {@link ModelType.Similarity}: a dot
 * product, or {@code gamma - ||q - e||_p} for TransE. Stateless.
 */
final class ModelMath {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private ModelMath() {}

    static float score(Embeddings model, int anchor, int relation, int target) {
        int width = model.width();
        float[] q = new float[width];
        model.queries(new int[] {anchor}, new int[] {relation}, 0, 1, q);
        return similarity(model, q, 0, model.entities(), target * width, width, new float[SPECIES.length()]);
    }

    /** {@code scores[j] = score(q, e_j)} for every entity. */
    static void scoreAll(Embeddings model, float[] q, float[] scores) {
        int width = model.width();
        float[] entities = model.entities();
        float[] scratch = new float[SPECIES.length()];
        for (int j = 0; j < model.entityCount(); j++) {
            scores[j] = similarity(model, q, 0, entities, j * width, width, scratch);
        }
    }

    /**
     * {@code out[i * n + j] = score(q_i, e_j)} for {@code count} query rows, reading the entity table once:
     * for a few queries (a beam) the table's traffic, not arithmetic, bounds the time, so this beats
     * the packed GEMM, which copies the whole table into panels first.
     */
    static void scoreFew(Parallel parallel, Embeddings model, float[] q, int count, float[] out) {
        int width = model.width();
        int n = model.entityCount();
        float[] entities = model.entities();
        parallel.forRange(n, (from, to) -> {
            float[] scratch = new float[SPECIES.length()];
            for (int j = from; j < to; j++) {
                for (int i = 0; i < count; i++) {
                    out[i * n + j] = similarity(model, q, i * width, entities, j * width, width, scratch);
                }
            }
        });
    }

    static float dot(float[] q, float[] rows, int at, int width, float[] scratch) {
        return dotRows(q, 0, rows, at, width, scratch);
    }

    /** The score of query row {@code q[qAt..]} against the entity row {@code rows[at..]}, by the model's similarity. */
    static float similarity(Embeddings model, float[] q, int qAt, float[] rows, int at, int width, float[] scratch) {
        return switch (model.type().similarity()) {
            case DOT -> dotRows(q, qAt, rows, at, width, scratch);
            // As DGL-KE's TransEScore: gamma - th.norm(head + rel - tail, p).
            case L1 -> model.gamma() - distance(q, qAt, rows, at, width, false, scratch);
            case L2 -> model.gamma() - (float) Math.sqrt(distance(q, qAt, rows, at, width, true, scratch));
        };
    }

    // sum |q - e| (L1) or sum (q - e)^2 (squared L2).
    private static float distance(float[] q, int qAt, float[] rows, int at, int width, boolean squared, float[] scratch) {
        FloatVector s = FloatVector.zero(SPECIES);
        int lanes = SPECIES.length();
        int i = 0;
        for (; i + lanes <= width; i += lanes) {
            FloatVector d = FloatVector.fromArray(SPECIES, q, qAt + i).sub(FloatVector.fromArray(SPECIES, rows, at + i));
            s = squared ? d.fma(d, s) : s.add(d.abs());
        }
        float sum = VectorMath.sum(s, scratch);
        for (; i < width; i++) {
            float d = q[qAt + i] - rows[at + i];
            sum += squared ? d * d : Math.abs(d);
        }
        return sum;
    }

    private static float dotRows(float[] q, int qAt, float[] rows, int at, int width, float[] scratch) {
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = FloatVector.zero(SPECIES);
        int lanes = SPECIES.length();
        int i = 0;
        for (; i + 2 * lanes <= width; i += 2 * lanes) {
            s0 = FloatVector.fromArray(SPECIES, q, qAt + i).fma(FloatVector.fromArray(SPECIES, rows, at + i), s0);
            s1 = FloatVector.fromArray(SPECIES, q, qAt + i + lanes).fma(FloatVector.fromArray(SPECIES, rows, at + i + lanes), s1);
        }
        for (; i + lanes <= width; i += lanes) {
            s0 = FloatVector.fromArray(SPECIES, q, qAt + i).fma(FloatVector.fromArray(SPECIES, rows, at + i), s0);
        }
        float sum = VectorMath.sum(s0.add(s1), scratch);
        for (; i < width; i++) {
            sum += q[qAt + i] * rows[at + i];
        }
        return sum;
    }

}
