package dev.groundwork.query.linkprediction;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One gradient step of 1-vs-all (or 1-vs-sampled) softmax cross-entropy with N3 regularisation:
 * queries {@code Q = q(h, r)}, scores {@code S = Q E^T}, {@code dS = softmax(S) - onehot},
 * {@code dQ = dS E}, {@code dE = dS^T Q}, then the query and regulariser gradients are scattered
 * in example order and the optimiser updates every table. With a relation weight, relation
 * prediction is added (see {@link #relationPrediction}). Owns its work buffers; not thread-safe.
 */
final class BatchStep {
    private final TrainingConfig config;
    private final Embeddings model;
    private final Optimizer optimizer;
    private final Parallel parallel;
    private final int width;
    private final int[] anchors;
    private final int[] relations;
    private final int[] targets;
    private final float[] queries;
    private final float[] queryGradients;
    private final float[] entityGradients;
    private final float[] relationGradients;
    private final double[] rowLosses;
    private float[] scores = new float[0];
    private float[] candidateRows = new float[0];
    private float[] candidateGradients = new float[0];
    private final float[] pairFeatures;
    private final float[] relationScores;
    private final float[] pairGradients;
    private double matmulFlops;
    private long matmulNanos;

    BatchStep(TrainingConfig config, Embeddings model, Optimizer optimizer, Parallel parallel) {
        this.config = config;
        this.model = model;
        this.optimizer = optimizer;
        this.parallel = parallel;
        this.width = model.width();
        int batch = config.batchSize();
        this.anchors = new int[batch];
        this.relations = new int[batch];
        this.targets = new int[batch];
        this.queries = new float[batch * width];
        this.queryGradients = new float[batch * width];
        this.entityGradients = new float[model.entities().length];
        this.relationGradients = new float[model.relations().length];
        this.rowLosses = new double[batch];
        boolean relationPrediction = config.relationWeight() > 0;
        this.pairFeatures = new float[relationPrediction ? batch * width : 0];
        this.relationScores = new float[relationPrediction ? batch * 2 * model.relationCount() : 0];
        this.pairGradients = new float[relationPrediction ? batch * width : 0];
    }

    Embeddings model() {
        return model;
    }

    double matmulFlops() {
        return matmulFlops;
    }

    double matmulSeconds() {
        return matmulNanos / 1e9;
    }

    /**
     * Trains on examples {@code order[first, first + count)} and returns their summed loss.
     * {@code sampleSeed} seeds the shared negatives when they are enabled.
     */
    double run(IndexedTriples.Queries examples, int[] order, int first, int count, long sampleSeed) {
        double loss = gradients(examples, order, first, count, sampleSeed);
        optimizer.beginStep();
        parallel.forRange(entityGradients.length, (from, to) -> optimizer.update(0, model.entities(), entityGradients, from, to));
        optimizer.update(1, model.relations(), relationGradients, 0, relationGradients.length);
        Arrays.fill(relationGradients, 0f);
        return loss * count;
    }

    /**
     * The mean loss of examples {@code order[first, first + count)} and its gradient, left in
     * {@link #entityGradients()} and {@link #relationGradients()} (the latter must be zero before).
     */
    double gradients(IndexedTriples.Queries examples, int[] order, int first, int count, long sampleSeed) {
        for (int i = 0; i < count; i++) {
            int example = order[first + i];
            anchors[i] = examples.anchors()[example];
            relations[i] = examples.relations()[example];
            targets[i] = examples.targets()[example];
        }
        model.queries(anchors, relations, 0, count, queries);
        double loss = config.negatives() == 0 ? allEntities(count) : sampledEntities(count, sampleSeed);
        if (config.relationWeight() > 0) {
            loss += relationPrediction(count);
        }
        loss += scatterQueryGradients(count);
        return loss;
    }

    float[] entityGradients() {
        return entityGradients;
    }

    float[] relationGradients() {
        return relationGradients;
    }

    private double allEntities(int count) {
        Arrays.fill(entityGradients, 0f);
        return softmaxStep(count, model.entityCount(), model.entities(), targets, entityGradients);
    }

    private double sampledEntities(int count, long sampleSeed) {
        int[] candidates = candidates(count, sampleSeed);
        int c = candidates.length;
        candidateRows = grow(candidateRows, c * width);
        candidateGradients = grow(candidateGradients, c * width);
        for (int i = 0; i < c; i++) {
            System.arraycopy(model.entities(), candidates[i] * width, candidateRows, i * width, width);
        }
        int[] local = new int[count];
        for (int i = 0; i < count; i++) {
            local[i] = Arrays.binarySearch(candidates, targets[i]);
        }
        Arrays.fill(candidateGradients, 0, c * width, 0f);
        double loss = softmaxStep(count, c, candidateRows, local, candidateGradients);
        Arrays.fill(entityGradients, 0f);
        for (int i = 0; i < c; i++) {
            System.arraycopy(candidateGradients, i * width, entityGradients, candidates[i] * width, width);
        }
        return loss;
    }

    // The batch's true answers plus shared uniform samples, sorted and distinct.
    private int[] candidates(int count, long sampleSeed) {
        SplittableRandom random = new SplittableRandom(sampleSeed);
        int[] all = Arrays.copyOf(targets, count + config.negatives());
        for (int i = count; i < all.length; i++) {
            all[i] = random.nextInt(model.entityCount());
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /** Scores against {@code table} rows, writes their gradient into {@code tableGradients}, returns the mean cross-entropy. */
    private double softmaxStep(int count, int columns, float[] table, int[] columnTargets, float[] tableGradients) {
        scores = grow(scores, count * columns);
        Arrays.fill(scores, 0, count * columns, 0f);
        long start = System.nanoTime();
        Matmul.multiplyAdd(parallel, count, columns, width, Matmul.View.rowMajor(queries, width), Matmul.View.transposed(table, width), scores, columns);
        matmulNanos += System.nanoTime() - start;
        float scale = 1f / count;
        parallel.forRange(count, (from, to) -> {
            for (int i = from; i < to; i++) {
                rowLosses[i] = SoftmaxCrossEntropy.lossAndGradient(scores, i * columns, columns, columnTargets[i], scale);
            }
        });
        Arrays.fill(queryGradients, 0, count * width, 0f);
        start = System.nanoTime();
        Matmul.multiplyAdd(parallel, count, width, columns, Matmul.View.rowMajor(scores, columns), Matmul.View.rowMajor(table, width), queryGradients, width);
        Matmul.multiplyAdd(parallel, columns, width, count, Matmul.View.transposed(scores, columns), Matmul.View.rowMajor(queries, width), tableGradients, width);
        matmulNanos += System.nanoTime() - start;
        matmulFlops += 3 * Matmul.flops(count, columns, width);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += rowLosses[i];
        }
        return sum / count;
    }

    /**
     * Relation prediction as an auxiliary objective (Chen et al., AKBC 2021; their code scores all
     * relation rows, reciprocals included, and adds {@code w_rel} times the mean cross-entropy of the
     * example's relation): {@code score(a, r', t) = q(a, r') . e_t} is linear in the relation row, so
     * it is {@code w_r' . v} with {@code v = d(q(a, w) . e_t)/dw}, which {@code backward} gives with
     * {@code dq = e_t}. Scores {@code V W^T} over all 2R slots, {@code dS = weight / count *
     * (softmax - onehot(slot))}, {@code dW += dS^T V}; with {@code wbar = dS W}, the entities get
     * {@code d(q(a, wbar) . e_t)}: through {@code backward} for the anchor and {@code q(a, wbar)}
     * for the target. Returns the weighted mean loss.
     */
    private double relationPrediction(int count) {
        Interaction interaction = model.type().interaction();
        float[] entities = model.entities();
        float[] relationTable = model.relations();
        int slots = 2 * model.relationCount();
        float[] zero = new float[width];
        float[] discard = new float[width];
        Arrays.fill(pairFeatures, 0, count * width, 0f);
        for (int i = 0; i < count; i++) {
            interaction.backward(entities, anchors[i] * width, zero, 0, entities, targets[i] * width, discard, 0, pairFeatures, i * width, width);
        }
        Arrays.fill(relationScores, 0, count * slots, 0f);
        Matmul.multiplyAdd(parallel, count, slots, width, Matmul.View.rowMajor(pairFeatures, width),
                Matmul.View.transposed(relationTable, width), relationScores, slots);
        float scale = config.relationWeight() / count;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += SoftmaxCrossEntropy.lossAndGradient(relationScores, i * slots, slots, relations[i], scale);
        }
        Matmul.multiplyAdd(parallel, slots, width, count, Matmul.View.transposed(relationScores, slots),
                Matmul.View.rowMajor(pairFeatures, width), relationGradients, width);
        Arrays.fill(pairGradients, 0, count * width, 0f);
        Matmul.multiplyAdd(parallel, count, width, slots, Matmul.View.rowMajor(relationScores, slots),
                Matmul.View.rowMajor(relationTable, width), pairGradients, width);
        float[] toTarget = new float[width];
        // Sequential and in example order, like the scatter below.
        for (int i = 0; i < count; i++) {
            int a = anchors[i] * width, t = targets[i] * width;
            interaction.backward(entities, a, pairGradients, i * width, entities, t, entityGradients, a, discard, 0, width);
            interaction.query(entities, a, pairGradients, i * width, toTarget, 0, width);
            for (int k = 0; k < width; k++) {
                entityGradients[t + k] += toTarget[k];
            }
        }
        return config.relationWeight() * sum / count;
    }

    // Sequential and in example order: two examples may share an entity, and the sum order must not vary.
    private double scatterQueryGradients(int count) {
        Interaction interaction = model.type().interaction();
        float[] entities = model.entities();
        float[] relationTable = model.relations();
        float scale = config.regularization() / count;
        double norm = 0;
        for (int i = 0; i < count; i++) {
            int h = anchors[i] * width, r = relations[i] * width, t = targets[i] * width;
            interaction.backward(entities, h, relationTable, r, queryGradients, i * width, entityGradients, h, relationGradients, r, width);
            if (scale > 0) {
                norm += interaction.n3(entities, h, entityGradients, h, scale, width);
                norm += interaction.n3(relationTable, r, relationGradients, r, scale, width);
                norm += interaction.n3(entities, t, entityGradients, t, scale, width);
            }
        }
        return scale * norm;
    }

    private static float[] grow(float[] buffer, int size) {
        return buffer.length >= size ? buffer : new float[size];
    }
}
