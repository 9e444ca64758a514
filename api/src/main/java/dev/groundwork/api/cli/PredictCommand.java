package dev.groundwork.api.cli;

import dev.groundwork.query.predictedlinks.PredictedLinks;
import dev.groundwork.query.predictedlinks.WriteBackOptions;
import dev.groundwork.query.predictedlinks.WriteBackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code groundwork predict}: writes a model's predictions into the graph. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Write a model's predictions into the graph.",
        subcommands = {PredictCommand.LinkPred.class})
final class PredictCommand extends CommandGroup {
    @Command(name = "linkpred", mixinStandardHelpOptions = true,
            description = "Write the link predictor's most probable missing edges of one relation into the graph as"
                    + " relationships marked predicted: true (with score, probability, model and modelSha256): for every"
                    + " head of the model that is a node, its best --k new tails with probability >= --threshold. Never on a"
                    + " pair that has the observed edge; a re-run updates instead of adding; one ingest run ('ingest undo RUN_ID'"
                    + " removes it).")
    static final class LinkPred extends StoreCommand {
        @Option(names = {"--model", "--linkpred-model"}, required = true, paramLabel = "FILE",
                description = "A model written by 'train linkpred' (or groundwork.linkpred.model).")
        Path model;

        @Option(names = "--relation", required = true, description = "The relation to predict, as the model names it.")
        String relation;

        @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "P",
                description = "Lowest calibrated probability written (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Option(names = "--k", defaultValue = "5", paramLabel = "N", description = "New tails at most per head (default: ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--limit", defaultValue = "0", paramLabel = "M",
                description = "Edges at most in all, the most probable first; 0 = no limit (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--batch-size", defaultValue = "10000", description = "Edges per transaction (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Override
        public void run() {
            WriteBackOptions options = new WriteBackOptions(relation, threshold, k, limit, batchSize);
            long t0 = System.nanoTime();
            WriteBackResult r = store.using(s -> PredictedLinks.load(model, s).writeBack(options));
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("run", r.runId());
            o.put("relation", r.relation());
            o.put("type", r.relationshipType());
            o.put("threshold", threshold);
            o.put("heads", r.heads());
            o.put("not_in_graph", r.notInGraph());
            o.put("observed_skipped", r.observedSkipped());
            o.put("below_threshold", r.belowThreshold());
            o.put("written", r.written());
            o.put("created", r.created());
            o.put("updated", r.updated());
            o.put("seconds", Console.secondsSince(t0));
            output.print(o, out -> out.printf("Run %s: %d predicted %s edges written (%d new, %d already there) from %d heads;"
                            + " skipped %d observed, %d below probability %s; %d model entities are not in the graph.%n",
                    r.runId(), r.written(), r.relationshipType(), r.created(), r.updated(), r.heads(), r.observedSkipped(),
                    r.belowThreshold(), threshold, r.notInGraph()));
        }
    }
}
