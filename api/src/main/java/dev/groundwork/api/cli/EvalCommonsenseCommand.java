package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.commonsense.synthetic.ConceptNetDumpGenerator;
import dev.groundwork.query.commonsense.eval.CommonsenseEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code groundwork eval commonsense}: ingests CN-100K's train and valid triples (into a temporary
 * database unless {@code --db}), then scores sub-graph extraction on its test triples, pruned and
 * breadth-first; with {@code --ingest-bench N}, first times the ingest of an N-edge generated
 * ConceptNet dump into another temporary database.
 */
@Command(name = "commonsense", mixinStandardHelpOptions = true,
        description = "Coverage, size and latency of commonsense sub-graphs on CN-100K's test triples, pruned vs breadth-first.")
final class EvalCommonsenseCommand implements Runnable {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "CN-100K: a directory with train.txt, valid.txt, test.txt.")
    Path data;

    @Option(names = "--db", paramLabel = "DIR", description = "Use (and fill, if it has no concepts) this database instead of a temporary one.")
    Path db;

    @Option(names = "--hops", defaultValue = "2", description = "Longest path (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", defaultValue = "50", description = "Most nodes per sub-graph (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--ingest-bench", paramLabel = "EDGES", arity = "0..1", fallbackValue = "3000000",
            description = "Also time the ingest of a generated ConceptNet dump of EDGES edges (default 3,000,000).")
    Long ingestBench;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        Path test = require(data.resolve("test.txt"));
        List<Path> train = List.of(require(data.resolve("train.txt")), require(data.resolve("valid.txt")));
        Map<String, Object> result = new LinkedHashMap<>();
        List<Path> temporary = new ArrayList<>();
        try {
            Double edgesPerSecond = ingestBench == null ? null : ingestBench(temporary, err);
            Path dir = db != null ? db : temp(temporary, "groundwork-eval-");
            try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(dir).boltPort(0).build())) {
                if (!hasConcepts(store)) {
                    err.println("Ingesting " + train + " ...");
                    CommonsenseIngest.run(store, new CommonsenseIngest.Options(CommonsenseIngest.Format.CN100K, train, "en", 0,
                            CommonsenseIngest.DEFAULT_CHUNK, new Progress(err)));
                }
                var report = CommonsenseEvaluation.run(store, test, hops, limit, err::println);
                result.put("systems", report.systems());
                result.put("missing", report.missing());
                result.put("hops", hops);
                result.put("limit", limit);
                result.put("edges_per_s", edgesPerSecond);
            }
        } finally {
            temporary.forEach(EvalCommonsenseCommand::delete);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Console.json(out, result);
            return;
        }
        out.println(Console.text(result));
    }

    private double ingestBench(List<Path> temporary, PrintWriter err) {
        Path dir = temp(temporary, "groundwork-bench-");
        Path dump = dir.resolve("generated-conceptnet.csv.gz");
        err.printf("Generating a %,d-edge ConceptNet dump ...%n", ingestBench);
        ConceptNetDumpGenerator.write(dump, ingestBench, 42);
        try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(dir.resolve("db")).boltPort(0).build())) {
            long start = System.nanoTime();
            IngestRun run = CommonsenseIngest.run(store, new CommonsenseIngest.Options(CommonsenseIngest.Format.CONCEPTNET,
                    List.of(dump), "en", 0, CommonsenseIngest.DEFAULT_CHUNK, new Progress(err)));
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = ingestBench / seconds;
            err.printf("Ingested %,d edges (%,d relationships created) in %.1f s: %,.0f edges/s%n", ingestBench,
                    run.counts().relationshipsCreated(), seconds, rate);
            return rate;
        }
    }

    private static boolean hasConcepts(GraphStore store) {
        return store.read(tx -> tx.run("MATCH (c:Concept) RETURN count(c) > 0 AS any").single().get("any").asBoolean());
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--data: " + file + " does not exist; expected CN-100K's train.txt, valid.txt and test.txt");
        }
        return file;
    }

    private static Path temp(List<Path> temporary, String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            temporary.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the result stands.
        }
    }
}
