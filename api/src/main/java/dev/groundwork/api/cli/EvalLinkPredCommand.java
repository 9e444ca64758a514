package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.EvaluationResult;
import dev.groundwork.query.linkprediction.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code groundwork eval linkpred}: filtered ranking metrics of a trained model. */
@Command(name = "linkpred", mixinStandardHelpOptions = true,
        description = "Filtered MRR and Hits@1/3/10 of a link-predictor model on a split, every triple ranked both ways"
                + " (tails directly, heads through the reciprocal relation), known triples of all splits filtered out.",
        footer = "--json: {split, mrr, hits1, hits3, hits10, n, seconds}.")
final class EvalLinkPredCommand implements Runnable {
    @Mixin
    TrainedModelOptions trained;

    @Option(names = "--split", defaultValue = "test", description = "valid or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @Mixin
    Output output;

    @Override
    public void run() {
        long t0 = System.nanoTime();
        EvaluationResult r = trained.predictor().evaluate(trained.splits(), split);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> o = Console.toMap(r);
        o.put("seconds", Console.tenths(seconds));
        output.print(o, out -> out.printf("%s: MRR %.4f, Hits@1 %.4f, Hits@3 %.4f, Hits@10 %.4f over %d triples (%.1f s)%n",
                r.split(), r.mrr(), r.hits1(), r.hits3(), r.hits10(), r.n(), seconds));
    }
}
