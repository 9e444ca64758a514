package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.commonsense.synthetic.ConceptNetDumpGenerator;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.eval.CommonsenseEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code groundwork eval commonsense}: ingests CN-100K's train and valid triples (into a temporary
 * database unless {@code --db} or {@code --neo4j-uri} names one that already has concepts), then
 * scores sub-graph extraction on its test triples, pruned and breadth-first; with
 * {@code --ingest-bench N}, first times the ingest of an N-edge generated ConceptNet dump into a
 * fresh temporary embedded database.
 */
@Command(name = "commonsense", mixinStandardHelpOptions = true,
        description = "Coverage, size and latency of commonsense sub-graphs on CN-100K's test triples, pruned vs breadth-first.")
final class EvalCommonsenseCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "CN-100K: a directory with train.txt, valid.txt, test.txt.")
    Path data;

    @Option(names = "--hops", defaultValue = "2", description = "Longest path (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", defaultValue = "50", description = "Most nodes per sub-graph (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--ingest-bench", paramLabel = "EDGES", arity = "0..1", fallbackValue = "3000000",
            description = "Also time the ingest of a generated ConceptNet dump of EDGES edges into a new temporary"
                    + " embedded database (default 3,000,000).")
    Long ingestBench;

    @Mixin
    Output output;

    @Override
    public void run() {
        PrintWriter err = output.err();
        Path test = require(data.resolve("test.txt"));
        List<Path> train = List.of(require(data.resolve("train.txt")), require(data.resolve("valid.txt")));
        if (ingestBench != null && ingestBench < 1) {
            throw new BadInputException("--ingest-bench must be at least 1 edge, got " + ingestBench);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Double edgesPerSecond = ingestBench == null ? null : ingestBench(err);
        boolean dbGiven = output.parsed().hasMatchedOption("--db");
        try (EvalStore eval = EvalStore.open(store, dbGiven)) {
            if (!hasConcepts(eval.store())) {
                err.println("Ingesting " + train + " ...");
                CommonsenseIngest.run(eval.store(), new CommonsenseIngest.Options(CommonsenseIngest.Format.CN100K, train, "en", 0,
                        CommonsenseIngest.DEFAULT_CHUNK, new Progress(err)));
            }
            var report = CommonsenseEvaluation.run(eval.store(), test, hops, limit, err::println);
            result.put("systems", report.systems());
            result.put("missing", report.missing());
            result.put("hops", hops);
            result.put("limit", limit);
            result.put("edges_per_s", edgesPerSecond);
        }
        output.print(result, out -> out.println(Console.text(result)));
    }

    /** Generates the dump, then times its ingest alone (not the generation, not the database start). */
    private double ingestBench(PrintWriter err) {
        Path dump;
        try {
            dump = Files.createTempFile("groundwork-bench-", ".csv.gz");
        } catch (IOException e) {
            throw new UnavailableException("cannot create a temporary file for the generated dump: " + e.getMessage(), e);
        }
        try (EvalStore bench = EvalStore.temporary(store.pageCache)) {
            err.printf("Generating a %,d-edge ConceptNet dump ...%n", ingestBench);
            ConceptNetDumpGenerator.write(dump, ingestBench, 42);
            long start = System.nanoTime();
            IngestRun run = CommonsenseIngest.run(bench.store(), new CommonsenseIngest.Options(CommonsenseIngest.Format.CONCEPTNET,
                    List.of(dump), "en", 0, CommonsenseIngest.DEFAULT_CHUNK, new Progress(err)));
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = ingestBench / seconds;
            err.printf("Ingested %,d edges (%,d relationships created, %,d repeated (relation, head, tail) skipped) in %.1f s:"
                    + " %,.0f edges/s%n", ingestBench, run.counts().relationshipsCreated(), run.counts().skipped(), seconds, rate);
            return rate;
        } finally {
            EvalStore.delete(dump);
        }
    }

    private static boolean hasConcepts(GraphStore store) {
        return store.read(tx -> tx.run(CommonsenseGrounding.COUNT).single().get("n").asLong()) > 0;
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--data: " + file + " does not exist; expected CN-100K's train.txt, valid.txt and test.txt");
        }
        return file;
    }
}
