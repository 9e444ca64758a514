package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options of the commands that measure or tune a trained link-prediction model on its triple splits
 * ({@code eval linkpred}, {@code eval cqa}, {@code tune cqa}): the model file and the directory of its splits. A
 * picocli mixin; one per command invocation.
 */
final class TrainedModelOptions {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model written by 'train linkpred'.")
    Path model;

    @Option(names = "--triples", required = true, paramLabel = "DIR",
            description = "train.txt, valid.txt, test.txt (head<TAB>relation<TAB>tail).")
    Path triples;

    LinkPredictor predictor() {
        return LinkPredictor.load(model);
    }

    TripleSplits splits() {
        return TripleSplits.readDirectory(triples);
    }
}
