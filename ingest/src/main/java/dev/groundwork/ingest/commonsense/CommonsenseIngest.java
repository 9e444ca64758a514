package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads a commonsense graph ({@code Concept} nodes and relationships typed by relation, with
 * {@code weight} and {@code source}, as {@code ontologies/commonsense.ttl} declares) from a
 * ConceptNet 5 assertions dump, CN-100K triples or RDF. Files are streamed; each chunk of
 * {@link IngestOptions#batchSize()} records (default {@link #DEFAULT_CHUNK}) is one transaction, concepts merged before
 * relationships. Malformed records are reported with file and line and skipped up to {@link IngestOptions#maxErrors()};
 * one more fails the run, and a failed run is undone, so nothing is half-written.
 *
 * <p>Stateless and thread-safe; each call is one ingest run.
 *
 * <pre>{@code
 * IngestRun run = CommonsenseIngest.ingest(store, Format.CN100K, List.of(Path.of("train.txt")), IngestOptions.DEFAULTS,
 *         IngestProgress.NONE);
 * }</pre>
 */
public final class CommonsenseIngest {
    /** Records per chunk by default: large enough to amortise a commit and the statements per relation type, small enough for a modest heap. */
    public static final int DEFAULT_CHUNK = 50_000;

    /** The input formats. */
    public enum Format {
        /** The ConceptNet 5 assertions CSV (tab-separated, optionally gzipped). */
        CONCEPTNET,
        /** {@code relation<TAB>head<TAB>tail} lines (CN-100K). */
        CN100K,
        /** Any RDF syntax Jena reads. */
        RDF;

        /** Parses {@code conceptnet}, {@code cn100k} or {@code rdf}. */
        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadInputException("--format must be one of conceptnet, cn100k, rdf; got '" + name + "'");
            }
        }
    }

    /**
     * One ingest's input, checked: the format, the files and the options that apply.
     *
     * @param lang the language kept from a ConceptNet dump, and the language of CN-100K concepts
     * @param chunkSize records per transaction
     */
    private record Input(Format format, List<Path> files, String lang, long maxErrors, int chunkSize, IngestProgress progress) {
        Input {
            Objects.requireNonNull(format, "format");
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new BadInputException("name at least one file to ingest");
            }
            try {
                lang = ConceptRef.requireLanguage(lang);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--lang: " + e.getMessage());
            }
            progress = progress == null ? IngestProgress.NONE : progress;
        }

        Input(Format format, List<Path> files, IngestOptions options, IngestProgress progress) {
            this(format, files, options.lang(), options.maxErrors(), options.batchSizeOr(DEFAULT_CHUNK), progress);
        }
    }

    private CommonsenseIngest() {}

    /**
     * Ingests the files, read in order, as one run: {@link IngestOptions#batchSize()} records per chunk (default
     * {@link #DEFAULT_CHUNK}), the language {@link IngestOptions#lang()}, up to {@link IngestOptions#maxErrors()}
     * malformed records skipped and reported.
     *
     * @param progress told after every chunk and every 10,000 lines: the file, its bytes read of its size, relationships written
     * @return the completed run with its counts
     * @throws BadInputException naming file and line for malformed input beyond the error budget (the run is undone),
     *                           or for an unknown language code, before anything is read
     */
    public static IngestRun ingest(GraphStore store, Format format, List<Path> files, IngestOptions options, IngestProgress progress) {
        Input input = new Input(format, files, options, progress);
        // ConceptGraphWriter cuts the records into the writer's chunks and ChunkLoader writes each through writeNow.
        try (BatchWriter batch = BatchWriter.begin(store, kind(input), sources(input), input.chunkSize())) {
            read(input, batch.chunkSize(), new ChunkLoader(batch)::load);
            return batch.commit();
        }
    }

    /**
     * Loads the files as one run into an empty embedded store with Neo4j's parallel importer, writing the same
     * graph as {@link #ingest} would (nodes, relationships, properties and provenance), then opens the store, which
     * builds the ontology's constraints and indexes, and records the run ({@link BulkLoad#load}). The store must be
     * closed: the importer writes its files.
     *
     * @param importerLog where the importer's own progress goes (null: nowhere)
     * @throws BadInputException when the store is remote, held by a server or not empty (naming --db or --neo4j-uri and why),
     *                           or for malformed input beyond the error budget (nothing is imported)
     */
    public static BulkLoad bulk(StoreConfig config, Format format, List<Path> files, IngestOptions options, IngestProgress progress,
                                PrintStream importerLog) {
        Input input = new Input(format, files, options, progress);
        return BulkLoad.load(config, kind(input), sources(input), (dir, runId) -> writeImportFiles(input, runId, dir), importerLog);
    }

    /**
     * Writes the files as node and relationship files in the {@code neo4j-admin database import} format into
     * {@code dir}, with the provenance of one new run, for a server that Groundwork cannot import into itself.
     *
     * @return the files, with {@link ImportFiles#command} to run on the server
     */
    public static ImportFiles exportImportFiles(Format format, List<Path> files, IngestOptions options, IngestProgress progress, Path dir) {
        return writeImportFiles(new Input(format, files, options, progress), BatchWriter.newRunId(Instant.now()), dir).files();
    }

    private static BulkLoad.Written writeImportFiles(Input options, String runId, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the import directory: " + e.getMessage(), e);
        }
        ImportFileLoader loader = new ImportFileLoader(dir, runId);
        read(options, options.chunkSize(), loader::load);
        return loader.finish();
    }

    /** Reads every file through the reader of the format into {@code loader}, chunk by chunk. */
    private static void read(Input options, int chunkSize, ConceptGraphWriter.Loader loader) {
        for (Path f : options.files()) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException(f + ": no such file");
            }
        }
        CommonsenseReader reader = switch (options.format()) {
            case CONCEPTNET -> new ConceptNetReader(options.lang());
            case CN100K -> new Cn100kReader(options.lang());
            case RDF -> new RdfReader();
        };
        try (ConceptGraphWriter writer = new ConceptGraphWriter(loader, chunkSize, options.maxErrors(), options.progress())) {
            for (Path f : options.files()) {
                writer.file(f.toString());
                try {
                    reader.read(f, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(f + ": cannot read: " + e.getMessage(), e);
                }
            }
            writer.finish();
        }
    }

    private static String kind(Input options) {
        return "commonsense/" + options.format().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> sources(Input options) {
        return options.files().stream().map(Path::toString).toList();
    }
}
