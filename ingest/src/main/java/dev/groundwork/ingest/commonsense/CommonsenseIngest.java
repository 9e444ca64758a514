package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

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
 * {@link Options#chunkSize()} records is one transaction, concepts merged before relationships.
 * Malformed records are reported with file and line and skipped up to {@link Options#maxErrors()};
 * one more fails the run, and a failed run is undone, so nothing is half-written.
 *
 * <p>Stateless and thread-safe; each call is one ingest run.
 *
 * <pre>{@code
 * IngestRun run = CommonsenseIngest.run(store, CommonsenseIngest.Options.of(Format.CN100K, List.of(Path.of("train.txt"))));
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

    /** Told after every chunk and every 10,000 lines: which file, relationships written, bytes read of the file. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (file, edges, done, total) -> { };

        void progress(String file, long edges, long bytesDone, long bytesTotal);
    }

    /**
     * What to ingest and how.
     *
     * @param format the input format
     * @param files the files, read in order (one run)
     * @param lang the language kept from a ConceptNet dump, and the language of CN-100K concepts
     * @param maxErrors malformed records tolerated (skipped and reported) before the run fails
     * @param chunkSize records per transaction
     * @param progress told how far the ingest is
     */
    public record Options(Format format, List<Path> files, String lang, long maxErrors, int chunkSize,
                          ProgressListener progress) {
        public Options {
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
            if (maxErrors < 0) {
                throw new BadInputException("--max-errors must be 0 or more, got " + maxErrors);
            }
            if (chunkSize < 1) {
                throw new BadInputException("the chunk size must be at least 1, got " + chunkSize);
            }
            progress = progress == null ? ProgressListener.NONE : progress;
        }

        /** English, no errors tolerated, default chunks, no progress reports. */
        public static Options of(Format format, List<Path> files) {
            return new Options(format, files, "en", 0, DEFAULT_CHUNK, ProgressListener.NONE);
        }
    }

    private CommonsenseIngest() {}

    /**
     * Ingests the files as one run.
     *
     * @return the completed run with its counts
     * @throws BadInputException naming file and line for malformed input beyond the error budget (the run is undone)
     */
    public static IngestRun run(GraphStore store, Options options) {
        // The batch writer's own buffers are not used: ConceptGraphWriter writes whole chunks through writeNow.
        try (BatchWriter batch = BatchWriter.begin(store, kind(options), sources(options), Integer.MAX_VALUE)) {
            read(options, new ChunkLoader(batch)::load);
            return batch.commit();
        }
    }

    /**
     * Loads the files as one run into an empty embedded store with Neo4j's parallel importer, writing the same
     * graph as {@link #run} would (nodes, relationships, properties and provenance), then opens the store, which
     * builds the ontology's constraints and indexes, and records the run ({@link BulkLoad#load}). The store must be
     * closed: the importer writes its files.
     *
     * @param importerLog where the importer's own progress goes (null: nowhere)
     * @throws BadInputException when the store is remote, held by a server or not empty (naming --db or --neo4j-uri and why),
     *                           or for malformed input beyond the error budget (nothing is imported)
     */
    public static BulkLoad bulk(StoreConfig config, Options options, PrintStream importerLog) {
        return BulkLoad.load(config, kind(options), sources(options), (dir, runId) -> writeImportFiles(options, runId, dir), importerLog);
    }

    /**
     * Writes the files as node and relationship files in the {@code neo4j-admin database import} format into
     * {@code dir}, with the provenance of one new run, for a server that Groundwork cannot import into itself.
     *
     * @return the files, with {@link ImportFiles#command} to run on the server
     */
    public static ImportFiles exportImportFiles(Options options, Path dir) {
        return writeImportFiles(options, BatchWriter.newRunId(Instant.now()), dir).files();
    }

    private static BulkLoad.Written writeImportFiles(Options options, String runId, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the import directory: " + e.getMessage(), e);
        }
        ImportFileLoader loader = new ImportFileLoader(dir, runId);
        read(options, loader::load);
        return loader.finish();
    }

    /** Reads every file through the reader of the format into {@code loader}, chunk by chunk. */
    private static void read(Options options, ConceptGraphWriter.Loader loader) {
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
        try (ConceptGraphWriter writer = new ConceptGraphWriter(loader, options.chunkSize(), options.maxErrors(), options.progress())) {
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

    private static String kind(Options options) {
        return "commonsense/" + options.format().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> sources(Options options) {
        return options.files().stream().map(Path::toString).toList();
    }
}
