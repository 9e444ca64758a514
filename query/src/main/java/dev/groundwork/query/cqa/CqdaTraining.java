package dev.groundwork.query.cqa;

import dev.groundwork.graph.ConfigurationException;

/**
 * Settings of CQD-A training.
 *
 * @param epochs passes over the training queries
 * @param learningRate Adam's step size
 * @param batch queries a gradient step
 * @param negatives non-answers contrasted with one answer a query (half the best-scored, half random)
 * @param beam beam of the search during training
 * @param tnorm t-norm of the search
 * @param seed random seed (order, answers and negatives)
 */
public record CqdaTraining(int epochs, float learningRate, int batch, int negatives, int beam, TNorm tnorm, long seed) {
    public CqdaTraining {
        positive("epochs", epochs);
        positive("batch", batch);
        positive("negatives", negatives);
        positive("beam", beam);
        if (!(learningRate > 0)) {
            throw new ConfigurationException("learningRate must be positive, got " + learningRate);
        }
        if (tnorm == null) {
            throw new ConfigurationException("tnorm must be given");
        }
    }

    /** 2 epochs, Adam 0.01, batches of 32 queries, 32 negatives, beam 8, product t-norm, seed 42. */
    public static CqdaTraining defaults() {
        return new CqdaTraining(2, 0.01f, 32, 32, 8, TNorm.PRODUCT, 42);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new ConfigurationException(name + " must be positive, got " + value);
        }
    }
}
