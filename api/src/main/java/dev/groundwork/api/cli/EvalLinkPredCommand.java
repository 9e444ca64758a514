package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.EvaluationResult;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Split;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code groundwork eval linkpred}: filtered ranking metrics of a trained model. */
@Command(name = "linkpred", mixinStandardHelpOptions = true,
        description = "Filtered MRR and Hits@1/3/10 of a link-predictor model on a split, every triple ranked both ways"
                + " (tails directly, heads through the reciprocal relation), known triples of all splits filtered out.",
        footer = "--json: {split, mrr, hits1, hits3, hits10, n, seconds}.")
final class EvalLinkPredCommand implements Runnable {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model written by 'train linkpred'.")
    Path model;

    @Option(names = "--triples", required = true, paramLabel = "DIR", description = "train.txt, valid.txt, test.txt.")
    Path triples;

    @Option(names = "--split", defaultValue = "test", description = "valid or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Mixin
    Output output;

    @Override
    public void run() {
        long t0 = System.nanoTime();
        EvaluationResult r = LinkPredictor.load(model).evaluate(TripleSplits.readDirectory(triples), Split.of(split));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("split", r.split());
        o.put("mrr", r.mrr());
        o.put("hits1", r.hits1());
        o.put("hits3", r.hits3());
        o.put("hits10", r.hits10());
        o.put("n", r.n());
        o.put("seconds", Math.round(seconds * 10) / 10.0);
        output.print(o, out -> out.printf("%s: MRR %.4f, Hits@1 %.4f, Hits@3 %.4f, Hits@10 %.4f over %d triples (%.1f s)%n",
                r.split(), r.mrr(), r.hits1(), r.hits3(), r.hits10(), r.n(), seconds));
    }
}
