package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.file.AtomicFile;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.query.linkprediction.EpochReport;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.TrainingHistory;
import dev.groundwork.query.triples.GraphTriples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prepares a demo directory: ingests each sample set ({@link DemoSamples}) as one ingest run, then
 * trains a small link predictor on the commonsense slice, and records what it did in the marker
 * {@code DIR/demo.json} (the samples' hash, the run ids, the model file). A second call on the same
 * directory checks the marker against the samples and the graph's {@link IngestRuns} and redoes only
 * what is missing: a run that did not complete, or samples that changed (their old runs are undone
 * first). One progress line per step on {@code err}. Not thread-safe: one preparation per directory.
 */
final class DemoSetup {
    /** The marker file, in the data directory. */
    static final String MARKER = "demo.json";
    /** The link predictor's file, in the data directory. */
    static final String MODEL = "linkpred.model";
    /** The node label the demo's link predictor is trained on. */
    static final String MODEL_LABEL = "Concept";

    private final GraphStore store;
    private final Path dir;
    private final PrintWriter err;
    private final String hash;
    private final ObjectNode marker;

    private DemoSetup(GraphStore store, PrintWriter err) {
        this.store = store;
        this.dir = store.config().dataDir();
        this.err = err;
        this.hash = DemoSamples.hash();
        this.marker = readMarker(dir.resolve(MARKER));
    }

    /**
     * What preparation left: the link predictor's file and how many steps had to be done (0: all reused).
     *
     * @param model the trained model
     * @param stepsDone steps run now (ingests and training); the rest were reused
     */
    record Result(Path model, int stepsDone) {}

    /** Makes sure the demo data and model are in {@code store}'s data directory; returns the model's path. */
    static Result prepare(GraphStore store, PrintWriter err) {
        return new DemoSetup(store, err).prepare();
    }

    /** Whether {@code dir} holds a demo marker, i.e. may be deleted by {@code --reset}. */
    static boolean isDemoDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    private Result prepare() {
        boolean sameSamples = hash.equals(marker.path("samples").asText());
        int done = 0;
        Path samples = dir.resolve("samples");
        for (DemoSamples.Set set : DemoSamples.Set.values()) {
            String key = set.folder;
            Optional<IngestRun> previous = run(marker.path("runs").path(key).asText(null));
            if (sameSamples && previous.filter(r -> "COMPLETED".equals(r.status())).isPresent()) {
                step(set.folder, "reused ingest run " + previous.get().id());
                continue;
            }
            previous.filter(r -> !"UNDONE".equals(r.status())).ifPresent(r -> {
                IngestRuns.undo(store, r.id());
                step(key, "undid run " + r.id() + " of older samples");
            });
            step(key, "loading " + set.description + " ...");
            long start = System.nanoTime();
            IngestRun run = ingest(set, DemoSamples.extract(set, samples));
            step(key, String.format(Locale.ROOT, "ingested as run %s in %.1f s: %,d records, %,d nodes and %,d relationships",
                    run.id(), seconds(start), run.counts().records(), run.counts().nodesCreated(), run.counts().relationshipsCreated()));
            marker.with("runs").put(key, run.id());
            marker.put("samples", hash);
            writeMarker();
            done++;
        }
        Path model = dir.resolve(MODEL);
        if (done > 0 || !Files.isRegularFile(model) || !MODEL.equals(marker.path("model").asText())) {
            step("link predictor", "training ComplEx on the " + MODEL_LABEL + " edges ...");
            long start = System.nanoTime();
            List<EpochReport> epochs = new ArrayList<>();
            LinkPredictor predictor = train(epochs);
            predictor.save(model);
            new TrainingHistory(epochs).save(TrainingHistory.besideModel(model));
            step("link predictor", String.format(Locale.ROOT, "trained %s (rank %d, %,d entities, %d relations) in %.1f s: %s",
                    predictor.type().name().toLowerCase(Locale.ROOT), predictor.rank(), predictor.entityCount(),
                    predictor.relationCount(), seconds(start), model));
            marker.put("model", MODEL);
            writeMarker();
            done++;
        } else {
            step("link predictor", "reused " + model);
        }
        return new Result(model, done);
    }

    private IngestRun ingest(DemoSamples.Set set, Path files) {
        return switch (set) {
            case TICKETS -> Ingestors.get(Ingestors.TICKETS, "csv").ingest(store, List.of(files.resolve("bugs.csv")),
                    IngestOptions.DEFAULTS.withLinks(files.resolve("duplicates.csv")), IngestProgress.NONE).run();
            case WORLDCUP -> Ingestors.get(Ingestors.SPORTS, "worldcup").ingest(store, List.of(files), IngestOptions.DEFAULTS,
                    IngestProgress.NONE).run();
            case COMMONSENSE -> Ingestors.get(Ingestors.COMMONSENSE, "cn100k").ingest(store,
                    List.of(files.resolve("cn100k-everyday.txt")), IngestOptions.DEFAULTS, IngestProgress.NONE).run();
        };
    }

    /** Small and fast on purpose: rank 32, sampled negatives, a few epochs; seconds on two cores. */
    private LinkPredictor train(List<EpochReport> epochs) {
        var data = GraphTriples.splits(store, new GraphTriples.Filter(List.of(MODEL_LABEL), List.of()), 0.05, 42);
        TrainingConfig config = TrainingConfig.builder().type(ModelType.COMPLEX).rank(32).epochs(10).batchSize(500)
                .negatives(512).seed(42).validEvery(5).patience(2)
                .checkpointDirectory(null).build();
        return LinkPredictor.train(data, config, epochs::add);
    }

    private Optional<IngestRun> run(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(IngestRuns.get(store, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void step(String what, String detail) {
        err.println("demo: " + what + ": " + detail);
        err.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static ObjectNode readMarker(Path file) {
        if (!Files.isRegularFile(file)) {
            return Console.JSON.createObjectNode();
        }
        try {
            return Console.JSON.readTree(file.toFile()) instanceof ObjectNode o ? o : Console.JSON.createObjectNode();
        } catch (IOException e) {
            // A damaged marker only costs a fresh preparation: the runs it named are found again by id or redone.
            return Console.JSON.createObjectNode();
        }
    }

    private void writeMarker() {
        try {
            Files.createDirectories(dir);
            AtomicFile.writeString(dir.resolve(MARKER), Console.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker));
        } catch (IOException e) {
            throw new UnavailableException("cannot write the demo marker " + dir.resolve(MARKER) + ": " + e.getMessage(), e);
        }
    }
}
