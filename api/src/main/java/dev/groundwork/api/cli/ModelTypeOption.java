package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.ModelType;
import picocli.CommandLine.Option;

/**
 * {@code --type} of the commands that train a link predictor or write the set-up of its training elsewhere
 * ({@code train linkpred}, {@code export triples}): which model, read by {@link ModelType#of} through
 * {@link ChoiceConverter}. A picocli mixin, so the option and its completion are declared once; one per command
 * invocation.
 */
final class ModelTypeOption {
    @Option(names = "--type", defaultValue = "complex", completionCandidates = ChoiceConverter.ModelTypes.class,
            description = "The link-prediction model to train: complex or distmult (default: ${DEFAULT-VALUE}).")
    ModelType type;
}
