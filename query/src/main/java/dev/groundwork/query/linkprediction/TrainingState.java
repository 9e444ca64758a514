package dev.groundwork.query.linkprediction;

import java.util.OptionalDouble;

/**
 * Everything a training run needs to continue: parameters, optimiser state, the epoch reached and
 * the early-stopping bookkeeping. Owned by one training run; written to and read from checkpoints.
 */
final class TrainingState {
    final Embeddings current;
    final Optimizer optimizer;
    int epoch;
    Embeddings best;
    double bestMrr = Double.NEGATIVE_INFINITY;
    int validationsWithoutGain;

    TrainingState(Embeddings current, Optimizer optimizer) {
        this.current = current;
        this.optimizer = optimizer;
    }

    /** Records a finished epoch; returns true when training should stop early. */
    boolean finishEpoch(int finished, OptionalDouble validMrr, int patience) {
        epoch = finished;
        if (validMrr.isEmpty()) {
            return false;
        }
        if (validMrr.getAsDouble() > bestMrr) {
            bestMrr = validMrr.getAsDouble();
            best = current.copy();
            validationsWithoutGain = 0;
            return false;
        }
        validationsWithoutGain++;
        return patience > 0 && validationsWithoutGain >= patience;
    }

    /** The model to keep: the best one on valid if validation ran, the last one otherwise. */
    Embeddings result() {
        return best != null ? best : current;
    }
}
