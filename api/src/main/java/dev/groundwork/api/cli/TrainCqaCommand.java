package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.CqdaCalibration;
import dev.groundwork.query.cqa.CqdaTraining;
import dev.groundwork.query.cqa.LabeledQuery;
import dev.groundwork.query.cqa.QueryGenerator;
import dev.groundwork.query.cqa.TNorm;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code groundwork train cqa}: the CQD-A calibration of a frozen link predictor. */
@Command(name = "cqa", mixinStandardHelpOptions = true,
        description = "Train the CQD-A calibration (a linear layer giving every atom score a scale and an offset) on complex"
                + " training queries with Adam, the link predictor frozen. The queries are generated from the train split unless --queries is given.")
final class TrainCqaCommand implements Runnable {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model written by 'train linkpred'.")
    Path model;

    @Option(names = "--triples", paramLabel = "DIR", description = "train.txt, valid.txt, test.txt to generate training queries from.")
    Path triples;

    @Option(names = "--queries", paramLabel = "FILE", description = "Training queries (JSON lines) instead of generating them.")
    Path queries;

    // The default types are those of BetaE's training sets: every standard type but ip, pi, 2u and up.
    @Mixin
    QueryGenerationOptions generated = new QueryGenerationOptions(500, "1p,2p,3p,2i,3i,2in,3in,inp,pin,pni");

    @Mixin
    TrainingLoopOptions loop = new TrainingLoopOptions(2, 0.01f, 32);

    @Option(names = "--negatives", defaultValue = "32", description = "Non-answers a query (default: ${DEFAULT-VALUE}).")
    int negatives;

    @Option(names = "--beam", defaultValue = "8", description = "Beam during training (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--tnorm", defaultValue = "product", completionCandidates = ChoiceConverter.TNorms.class,
            description = "product or goedel (default: ${DEFAULT-VALUE}).")
    TNorm tnorm;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the layer (default: beside the model, m.model -> m.cqa).")
    Path out;

    @Mixin
    Output output;

    @Override
    public void run() {
        if ((triples == null) == (queries == null)) {
            throw new dev.groundwork.graph.BadInputException("give exactly one of --triples DIR (generate training queries) or --queries FILE");
        }
        long t0 = System.nanoTime();
        LinkPredictor predictor = LinkPredictor.load(model);
        List<LabeledQuery> training = queries != null ? LabeledQuery.read(queries)
                : generated.generate(TripleSplits.readDirectory(triples), QueryGenerator.Purpose.TRAIN);
        var err = output.err();
        err.println("training on " + training.size() + " queries");
        CqdaCalibration layer = CqdaCalibration.train(predictor, training,
                new CqdaTraining(loop.epochs, loop.learningRate, loop.batchSize, negatives, beam, tnorm, generated.seed.value()), err::println);
        Path target = out == null ? CqdaCalibration.besideModel(model) : out;
        layer.save(target);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("out", target.toString());
        o.put("queries", training.size());
        o.put("parameters", layer.parameterCount());
        o.put("seconds", Console.secondsSince(t0));
        output.print(o, w -> w.println("Wrote " + target + ": " + o));
    }
}
