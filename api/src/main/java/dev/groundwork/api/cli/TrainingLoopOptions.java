package dev.groundwork.api.cli;

import picocli.CommandLine.Option;

/**
 * The settings of the training loop that {@code train linkpred} and {@code train cqa} share: epochs, learning rate and
 * batch size. A picocli mixin whose defaults the command gives when it creates it, since a link predictor trains for
 * many epochs on large batches and a CQD-A layer for few on small ones; picocli shows them as
 * {@code ${DEFAULT-VALUE}}. One per command invocation.
 *
 * <pre>{@code
 * @Mixin
 * TrainingLoopOptions loop = new TrainingLoopOptions(50, 0.1f, 500);
 * }</pre>
 */
final class TrainingLoopOptions {
    @Option(names = "--epochs", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    float learningRate;

    @Option(names = "--batch-size", description = "Training examples a step: triples for a link predictor, queries for CQD-A"
            + " (default: ${DEFAULT-VALUE}).")
    int batchSize;

    TrainingLoopOptions(int epochs, float learningRate, int batchSize) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
    }
}
