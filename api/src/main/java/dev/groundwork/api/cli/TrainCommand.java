package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.EpochReport;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.OptimizerType;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.TrainingHistory;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code groundwork train}: trains models over the graph. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model.",
        subcommands = {TrainCommand.LinkPred.class, TrainCqaCommand.class})
final class TrainCommand extends CommandGroup {

    @Command(name = "linkpred", mixinStandardHelpOptions = true,
            footer = "--json: the training summary, with epochs: [{epoch, loss, valid_mrr (null where not validated), seconds, gflops}].",
            description = "Train a neural link predictor (ComplEx, DistMult) with reciprocal relations, N3 and 1-vs-all"
                    + " cross-entropy, from TSV splits (--triples DIR) or from the graph (--from-graph).")
    static final class LinkPred extends StoreCommand {
        @Option(names = "--triples", paramLabel = "DIR", description = "train.txt, valid.txt, test.txt (head<TAB>relation<TAB>tail).")
        Path triples;

        @Option(names = "--from-graph", description = "Train on the graph's observed edges instead, holding out --valid-share for validation.")
        boolean fromGraph;

        @Mixin
        GraphEdgeOptions edges;

        @Mixin
        ModelTypeOption modelType;

        @Option(names = "--dim", defaultValue = "200", description = "Rank R (ComplEx: 2R floats an embedding; default: ${DEFAULT-VALUE}).")
        int dim;

        @Mixin
        TrainingLoopOptions loop = new TrainingLoopOptions(50, 0.1f, 500);

        @Option(names = "--optimizer", defaultValue = "adagrad", description = "adagrad or adam (default: ${DEFAULT-VALUE}).")
        OptimizerType optimizer;

        @Option(names = "--reg", defaultValue = "0.05", description = "N3 regularisation weight (default: ${DEFAULT-VALUE}).")
        float regularization;

        @Option(names = "--relation-weight", defaultValue = "0", paramLabel = "W",
                description = "Weight of relation prediction as an auxiliary objective (Chen et al., AKBC 2021): W times the"
                        + " cross-entropy of predicting each example's relation from its two entities is added to the loss;"
                        + " 0 = off (default: ${DEFAULT-VALUE}).")
        float relationWeight;

        @Option(names = "--negatives", defaultValue = "0",
                description = "Shared sampled negatives a batch; 0 = 1-vs-all over every entity (default: ${DEFAULT-VALUE}).")
        int negatives;

        @Mixin
        SeedOption seed;

        @Option(names = "--valid-every", defaultValue = "5", description = "Epochs between validation MRRs (default: ${DEFAULT-VALUE}).")
        int validEvery;

        @Option(names = "--patience", defaultValue = "3", description = "Validations without gain before stopping early (default: ${DEFAULT-VALUE}).")
        int patience;

        @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "Where a checkpoint is written every epoch (default: OUT.checkpoints).")
        Path checkpointDir;

        @Option(names = "--resume", description = "Continue from the checkpoint in --checkpoint-dir.")
        boolean resume;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
        Path out;

        @Option(names = "--plot", paramLabel = "FILE.svg", description = "Draw the loss and valid-MRR curves into this SVG file.")
        Path plot;

        @Override
        public void run() {
            if ((triples == null) == !fromGraph) {
                throw new BadInputException("give exactly one of --triples DIR or --from-graph");
            }
            TripleSplits data = fromGraph ? fromGraph() : TripleSplits.readDirectory(triples);
            TrainingConfig config = TrainingConfig.builder().type(modelType.type).rank(dim).epochs(loop.epochs)
                    .batchSize(loop.batchSize).optimizer(optimizer).learningRate(loop.learningRate)
                    .regularization(regularization).negatives(negatives).seed(seed.value()).validEvery(validEvery).patience(patience)
                    .checkpointDirectory(checkpointDir == null ? Path.of(out + ".checkpoints") : checkpointDir)
                    .resume(resume).relationWeight(relationWeight).build();
            var err = output.err();
            long t0 = System.nanoTime();
            List<EpochReport> epochs = new ArrayList<>();
            LinkPredictor model = LinkPredictor.train(data, config, r -> {
                epochs.add(r);
                err.println(epochLine(r));
            });
            model.save(out);
            TrainingHistory history = new TrainingHistory(epochs);
            history.save(TrainingHistory.besideModel(out));
            if (plot != null) {
                try {
                    Files.writeString(plot, TrainingPlot.svg(history));
                } catch (IOException e) {
                    throw new BadInputException("--plot must be a writable file, got " + plot + ": " + e.getMessage(), e);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", out.toString());
            o.put("type", model.type().name().toLowerCase(Locale.ROOT));
            o.put("rank", model.rank());
            o.put("entities", model.entityCount());
            o.put("relations", model.relationCount());
            o.put("train_triples", data.train().size());
            o.put("relation_weight", (double) relationWeight);
            o.put("seconds", Console.tenths(seconds));
            o.put("peak_heap_mib", peakHeapMebibytes());
            o.put("history", TrainingHistory.besideModel(out).toString());
            o.put("epochs", history.toJson());
            output.print(o, w -> w.println("Wrote " + out + ": " + o));
        }

        private static long peakHeapMebibytes() {
            return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        }

        private static String epochLine(EpochReport r) {
            return String.format(Locale.ROOT, "epoch %d: loss %.4f, %.1f s, %,.0f examples/s, %.1f GFLOP/s%s", r.epoch(), r.loss(),
                    r.seconds(), r.examplesPerSecond(), r.matmulGflops(),
                    r.validMrr().isPresent() ? String.format(Locale.ROOT, ", valid MRR %.4f", r.validMrr().getAsDouble()) : "");
        }

        private TripleSplits fromGraph() {
            return store.using(s -> edges.splits(s, seed.value()));
        }
    }
}
