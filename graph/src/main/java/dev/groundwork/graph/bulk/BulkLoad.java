package dev.groundwork.graph.bulk;

import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk load did, and how long each stage took; {@link #load} runs one: import files written by the
 * caller's parser, Neo4j's importer ({@link BulkImport}), the store opened (which builds the ontology's
 * constraints and indexes on the imported graph) and the ingest run recorded, so that {@code ingest runs}
 * lists it and {@code ingest undo} removes it. Immutable.
 *
 * <pre>{@code
 * BulkLoad load = BulkLoad.load(config, "triples/tsv", sources, (dir, runId) -> writeFiles(dir, runId), System.err);
 * }</pre>
 *
 * @param run the completed run, as {@code ingest runs} lists it
 * @param stagesSeconds {@code parse} (read, dedupe, write the import files), {@code import} (Neo4j's importer),
 *                      {@code start} (the database start, not part of the load), {@code schema} (constraints and
 *                      indexes built on the imported graph) and {@code record} (the run recorded)
 * @param cpuSeconds the CPU time this process used in each stage (all its threads): on a shared machine, what
 *                   the stage costs regardless of how long it waited for a core
 */
public record BulkLoad(IngestRun run, Map<String, Double> stagesSeconds, Map<String, Double> cpuSeconds) {
    private static final String AWAIT_INDEXES = "CALL db.awaitIndexes(86400)";

    public BulkLoad {
        stagesSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stagesSeconds));
        cpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds));
    }

    /**
     * What a parser wrote for the importer, with the counts the transactional path would give.
     *
     * @param files the import files
     * @param counts the run's counts
     * @param labels the labels the files create
     * @param types the relationship types they create
     */
    public record Written(ImportFiles files, WriteCounts counts, List<String> labels, List<String> types) {
        public Written {
            labels = List.copyOf(labels);
            types = List.copyOf(types);
        }
    }

    /** Writes a run's import files. */
    @FunctionalInterface
    public interface FileWriter {
        /**
         * @param dir an existing empty directory for the files
         * @param runId the run id, for {@code gwRun} and the like
         */
        Written write(Path dir, String runId);
    }

    /** Seconds of the load itself: every stage but the database start. */
    public double loadSeconds() {
        return stagesSeconds.entrySet().stream().filter(e -> !e.getKey().equals("start")).mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * Loads one run into the empty embedded store of {@code config}: checks it is empty
     * ({@link BulkImport#requireEmpty}), has {@code writer} write the files into {@code --db}'s
     * {@code bulk-import-RUN_ID/} (deleted afterwards), imports them, opens the store and records the run.
     *
     * @param kind the run's kind, as {@code ingest runs} shows it
     * @param sources the files read, as the run records them
     * @param log where the importer's own progress goes (null: nowhere)
     */
    public static BulkLoad load(StoreConfig config, String kind, List<String> sources, FileWriter writer, PrintStream log) {
        BulkImport.requireEmpty(config);
        Instant startedAt = Instant.now();
        String runId = BatchWriter.newRunId(startedAt);
        Path dir = config.dataDir().resolve("bulk-import-" + runId);
        Map<String, Double> stages = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        try {
            Stopwatch watch = new Stopwatch(stages, cpu);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": cannot create the import directory: " + e.getMessage(), e);
            }
            Written written = writer.write(dir, runId);
            watch.stage("parse");
            BulkImport.run(config, written.files(), log);
            watch.stage("import");
            try (GraphStore store = GraphStore.open(config)) {
                // The start and the schema statements share GraphStore.open; the statements' wall and CPU time go to schema.
                double schema = store.schemaInstallTime().toNanos() / 1e9;
                double schemaCpu = store.schemaInstallCpuTime().toNanos() / 1e9;
                watch.stage("start", -schema, -schemaCpu);
                store.write(tx -> tx.run(AWAIT_INDEXES).consume());
                watch.stage("schema", schema, schemaCpu);
                IngestRun run = BatchWriter.recordImported(store, runId, kind, startedAt, sources, written.labels(), written.types(),
                        written.counts());
                watch.stage("record");
                return new BulkLoad(run, stages, cpu);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Wall and CPU time of consecutive stages. */
    private static final class Stopwatch {
        private final Map<String, Double> stages;
        private final Map<String, Double> cpu;
        private long wall = System.nanoTime();
        private long cpuAt = GraphStore.processCpuNanos();

        Stopwatch(Map<String, Double> stages, Map<String, Double> cpu) {
            this.stages = stages;
            this.cpu = cpu;
        }

        void stage(String name) {
            stage(name, 0, 0);
        }

        /**
         * Ends stage {@code name}, its wall and CPU time moved by {@code shiftSeconds} and {@code shiftCpuSeconds} (time
         * measured inside a neighbouring stage).
         */
        void stage(String name, double shiftSeconds, double shiftCpuSeconds) {
            long now = System.nanoTime();
            long c = GraphStore.processCpuNanos();
            stages.put(name, (now - wall) / 1e9 + shiftSeconds);
            cpu.put(name, (c - cpuAt) / 1e9 + shiftCpuSeconds);
            wall = now;
            cpuAt = c;
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Left-over import files are harmless; they are in the data directory, named after the run.
        }
    }
}
