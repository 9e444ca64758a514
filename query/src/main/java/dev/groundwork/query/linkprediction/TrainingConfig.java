package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.ConfigurationException;
import java.nio.file.Path;

/**
 * How to train a link predictor. An immutable value validated on construction; build it with
 * {@link #builder()}, whose defaults follow Lacroix et al. 2018 (ComplEx, N3, Adagrad 0.1,
 * 1-vs-all softmax over all entities).
 *
 * <pre>{@code
 * TrainingConfig config = TrainingConfig.builder().type(ModelType.COMPLEX).rank(200).epochs(50)
 *         .checkpointDirectory(Path.of("run")).build();
 * }</pre>
 *
 * @param type scoring function
 * @param rank embedding rank (complex components for ComplEx, so 2 x rank floats a row)
 * @param epochs maximum number of passes over the training triples (each in both directions)
 * @param batchSize examples a gradient step
 * @param optimizer Adagrad (default) or Adam
 * @param learningRate step size of the optimiser
 * @param regularization weight of the N3 regulariser; 0 turns it off
 * @param initScale standard deviation of the initial embeddings
 * @param negatives 0 scores every entity (1-vs-all); n > 0 scores the batch's true answers plus n
 *     entities sampled for the whole batch (faster, approximate)
 * @param seed seed of initialisation, shuffling and sampling: the same seed gives the same model
 * @param threads worker threads (the result does not depend on it)
 * @param validEvery compute the valid MRR every this many epochs; 0 never
 * @param patience stop after this many valid evaluations without improvement; 0 never stops early
 * @param checkpointDirectory where a checkpoint is written after every epoch; null for none
 * @param resume continue from the checkpoint in {@code checkpointDirectory}, if there is one
 * @param relationWeight weight of relation prediction as an auxiliary objective (Chen, Minervini,
 *     Riedel and Stenetorp, AKBC 2021): the cross-entropy of predicting each example's relation
 *     slot from its two entities, over all 2R slots, is added with this weight; 0 (the default)
 *     leaves the objective and the trained model exactly as without it
 */
public record TrainingConfig(
        ModelType type,
        int rank,
        int epochs,
        int batchSize,
        OptimizerType optimizer,
        float learningRate,
        float regularization,
        float initScale,
        int negatives,
        long seed,
        int threads,
        int validEvery,
        int patience,
        Path checkpointDirectory,
        boolean resume,
        float relationWeight) {

    public TrainingConfig {
        if (type == null || optimizer == null) {
            throw new ConfigurationException("type and optimizer must be set, got type " + type + " and optimizer " + optimizer);
        }
        if (type.isDistance()) {
            throw new ConfigurationException("type " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " is served for embeddings trained elsewhere (groundwork import embeddings); train complex or distmult");
        }
        positive("rank", rank);
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        positive("threads", threads);
        nonNegative("negatives", negatives);
        nonNegative("validEvery", validEvery);
        nonNegative("patience", patience);
        if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
            throw new ConfigurationException("learningRate must be a positive number, got " + learningRate);
        }
        if (!(regularization >= 0) || !Float.isFinite(regularization)) {
            throw new ConfigurationException("regularization must be zero or positive, got " + regularization);
        }
        if (!(initScale > 0) || !Float.isFinite(initScale)) {
            throw new ConfigurationException("initScale must be a positive number, got " + initScale);
        }
        if (!(relationWeight >= 0) || !Float.isFinite(relationWeight)) {
            throw new ConfigurationException("relationWeight must be zero or positive, got " + relationWeight);
        }
        if (resume && checkpointDirectory == null) {
            throw new ConfigurationException("resume needs a checkpointDirectory, got none");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new ConfigurationException(name + " must be positive, got " + value);
        }
    }

    private static void nonNegative(String name, int value) {
        if (value < 0) {
            throw new ConfigurationException(name + " must be zero or positive, got " + value);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects options; every option has a default. Not thread-safe. */
    public static final class Builder {
        private ModelType type = ModelType.COMPLEX;
        private int rank = 200;
        private int epochs = 50;
        private int batchSize = 500;
        private OptimizerType optimizer = OptimizerType.ADAGRAD;
        private float learningRate = 0.1f;
        private float regularization = 0.05f;
        private float initScale = 1e-3f;
        private int negatives;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int validEvery = 5;
        private int patience = 3;
        private Path checkpointDirectory;
        private boolean resume;
        private float relationWeight;

        private Builder() {}

        public Builder type(ModelType value) { type = value; return this; }
        public Builder rank(int value) { rank = value; return this; }
        public Builder epochs(int value) { epochs = value; return this; }
        public Builder batchSize(int value) { batchSize = value; return this; }
        public Builder optimizer(OptimizerType value) { optimizer = value; return this; }
        public Builder learningRate(float value) { learningRate = value; return this; }
        public Builder regularization(float value) { regularization = value; return this; }
        public Builder initScale(float value) { initScale = value; return this; }
        public Builder negatives(int value) { negatives = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder threads(int value) { threads = value; return this; }
        public Builder validEvery(int value) { validEvery = value; return this; }
        public Builder patience(int value) { patience = value; return this; }
        public Builder checkpointDirectory(Path value) { checkpointDirectory = value; return this; }
        public Builder resume(boolean value) { resume = value; return this; }
        public Builder relationWeight(float value) { relationWeight = value; return this; }

        public TrainingConfig build() {
            return new TrainingConfig(type, rank, epochs, batchSize, optimizer, learningRate, regularization, initScale,
                    negatives, seed, threads, validEvery, patience, checkpointDirectory, resume, relationWeight);
        }
    }
}
