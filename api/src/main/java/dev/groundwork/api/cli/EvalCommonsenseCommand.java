package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.bulk.BulkImport;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.registry.Ingestors;
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
final class EvalCommonsenseCommand extends StoreCommand {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "CN-100K: a directory with train.txt, valid.txt, test.txt.")
    Path data;

    @Mixin
    GroundingOptions grounding;

    @Option(names = "--ingest-bench", paramLabel = "EDGES", arity = "0..1", fallbackValue = "3000000",
            description = "Also time the ingest of a generated ConceptNet dump of EDGES edges into a new temporary"
                    + " embedded database (default 3,000,000).")
    Long ingestBench;

    @Option(names = "--bulk", description = "Load with Neo4j's parallel importer into an empty embedded store: the benchmark's"
            + " store and the CN-100K evaluation store (a --db that already has concepts is used as it is).")
    boolean bulk;

    @Override
    public void run() {
        PrintWriter err = output.err();
        Path test = require(data.resolve("test.txt"));
        List<Path> train = List.of(require(data.resolve("train.txt")), require(data.resolve("valid.txt")));
        if (ingestBench != null && ingestBench < 1) {
            throw new BadInputException("--ingest-bench must be at least 1 edge, got " + ingestBench);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Double> stages = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        Double edgesPerSecond = ingestBench == null ? null : ingestBench(err, stages, cpu);
        boolean dbGiven = store.dbGiven();
        var options = new Input(Ingestors.get(Ingestors.COMMONSENSE, "cn100k"), train, IngestOptions.DEFAULTS, new Progress(err));
        if (bulk && store.uri != null) {
            BulkImport.requireEmpty(store.config());
        }
        EvalStore opened;
        if (bulk && !dbGiven) {
            opened = EvalStore.temporaryLoaded(store, config -> bulkLoad(err, config, options));
        } else {
            if (bulk) {
                if (!store.using(EvalCommonsenseCommand::hasConcepts)) {
                    bulkLoad(err, store.config(), options);
                }
            }
            opened = EvalStore.open(store);
        }
        try (EvalStore eval = opened) {
            if (!hasConcepts(eval.store())) {
                err.println("Ingesting " + train + " ...");
                options.ingest(eval.store());
            }
            var report = CommonsenseEvaluation.run(eval.store(), test, grounding.hops, grounding.limit, err::println);
            result.put("systems", report.systems());
            result.put("missing", report.missing());
            result.put("hops", grounding.hops);
            result.put("limit", grounding.limit);
            result.put("edges_per_s", edgesPerSecond);
            result.put("stages_s", ingestBench != null && bulk ? stages : null);
            result.put("cpu_s", ingestBench != null && bulk ? cpu : null);
        }
        output.print(result, out -> out.println(Console.text(result)));
    }

    private static dev.groundwork.graph.bulk.BulkLoad bulkLoad(PrintWriter err, dev.groundwork.graph.store.StoreConfig config,
                                                       Input input) {
        err.println("Bulk-loading " + input.files() + " into " + config.dataDir() + " ...");
        dev.groundwork.graph.bulk.BulkLoad load = CommonsenseIngest.bulk(config, CommonsenseIngest.Format.parse(input.ingestor().format()),
                input.files(), input.options(), input.progress(), null);
        err.printf("Bulk load: %,d concepts and %,d relationships; stages (s) %s%n", load.run().counts().nodesCreated(),
                load.run().counts().relationshipsCreated(), load.stagesSeconds());
        return load;
    }

    /** Generates the dump, then times its ingest alone (not the generation, not the database start). */
    private double ingestBench(PrintWriter err, Map<String, Double> stages, Map<String, Double> cpu) {
        Path dump;
        try {
            dump = Files.createTempFile("groundwork-bench-", ".csv.gz");
        } catch (IOException e) {
            throw new UnavailableException("cannot create a temporary file for the generated dump: " + e.getMessage(), e);
        }
        var options = new Input(Ingestors.get(Ingestors.COMMONSENSE, "conceptnet"), List.of(dump), IngestOptions.DEFAULTS,
                new Progress(err));
        if (bulk) {
            Path dir = EvalStore.temporaryDirectory();
            try {
                err.printf("Generating a %,d-edge ConceptNet dump ...%n", ingestBench);
                ConceptNetDumpGenerator.write(dump, ingestBench, 42);
                var config = dev.groundwork.graph.store.StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(store.pageCache).build();
                dev.groundwork.graph.bulk.BulkLoad load = bulkLoad(err, config, options);
                stages.putAll(load.stagesSeconds());
                cpu.putAll(load.cpuSeconds());
                double rate = ingestBench / load.loadSeconds();
                err.printf("Bulk-loaded %,d edges (%,d relationships created, %,d repeated (relation, head, tail) skipped) in %.1f s"
                        + " (database start left out): %,.0f edges/s%n", ingestBench, load.run().counts().relationshipsCreated(),
                        load.run().counts().skipped(), load.loadSeconds(), rate);
                return rate;
            } finally {
                EvalStore.delete(dump);
                EvalStore.delete(dir);
            }
        }
        try (EvalStore bench = EvalStore.temporary(store.pageCache)) {
            err.printf("Generating a %,d-edge ConceptNet dump ...%n", ingestBench);
            ConceptNetDumpGenerator.write(dump, ingestBench, 42);
            long start = System.nanoTime();
            IngestRun run = options.ingest(bench.store());
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

    /** What to ingest, the same for a load through the registry's ingestor and for a bulk load. */
    private record Input(Ingestor ingestor, List<Path> files, IngestOptions options, IngestProgress progress) {
        IngestRun ingest(GraphStore store) {
            return ingestor.ingest(store, files, options, progress).run();
        }
    }
}
