package dev.groundwork.ingest.triples;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

import java.io.PrintStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Loads knowledge graphs given as {@code head<TAB>relation<TAB>tail} lines (the layout of FB15k-237,
 * WN18RR, NELL-995, UMLS ...) into Neo4j as a generic graph: one {@code Entity {key}} node per
 * distinct head or tail, one relationship per triple typed by the relation name made into a Neo4j
 * identifier ({@code /film/film/genre} becomes {@code film_film_genre}), the original name kept as
 * the relationship's {@code name}. Re-loading the same files changes nothing.
 *
 * <p>Stateless and thread-safe; each call is one ingest run, undone if it fails.
 *
 * <pre>{@code
 * IngestRun run = TripleIngest.ingest(store, List.of(Path.of("train.txt")), TripleIngest.Options.DEFAULTS, p -> {});
 * }</pre>
 */
public final class TripleIngest {
    private static final String KIND = "triples/tsv";
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]+");

    /**
     * How to ingest.
     *
     * @param dataset a name recorded on every entity (e.g. {@code fb15k-237}), or empty
     * @param batchSize rows per transaction
     * @param maxErrors malformed lines to skip before giving up; 0 stops at the first
     */
    public record Options(String dataset, int batchSize, long maxErrors) {
        public static final Options DEFAULTS = new Options("", 10_000, 0);

        public Options {
            dataset = Objects.requireNonNullElse(dataset, "");
            if (batchSize < 1) {
                throw new BadInputException("--batch-size must be at least 1, got " + batchSize);
            }
            if (maxErrors < 0) {
                throw new BadInputException("--max-errors must be 0 or more, got " + maxErrors);
            }
        }
    }

    /**
     * How far an ingest has got, for progress lines.
     *
     * @param file the file being read
     * @param line lines read in it
     * @param triples triples read in all files
     */
    public record Progress(Path file, long line, long triples) {}

    private TripleIngest() {}

    /** Loads every triple of {@code files} in one ingest run. */
    public static IngestRun ingest(GraphStore store, List<Path> files, Options options, Consumer<Progress> progress) {
        var sources = sources(files);
        try (BatchWriter writer = BatchWriter.begin(store, KIND, sources, options.batchSize())) {
            TripleReader reader = new TripleReader(options.maxErrors(), progress);
            Loader loader = new Loader(writer, options);
            for (Path f : files) {
                reader.read(f, loader);
            }
            return writer.commit();
        }
    }

    /**
     * Loads every triple of {@code files} as one run into an empty embedded store with Neo4j's parallel importer
     * ({@link BulkLoad#load}): the graph {@link #ingest} would write (labels, types, properties and provenance,
     * a repeated triple once), the ontology's constraints and indexes built after the import, and one run that
     * {@code ingest runs} lists and {@code ingest undo} removes. The store must be closed.
     *
     * @param importerLog where the importer's own progress goes (null: nowhere)
     * @throws BadInputException when the store is remote, held by a server or not empty, or for malformed lines beyond
     *                           the error budget (nothing is imported)
     */
    public static BulkLoad bulk(StoreConfig config, List<Path> files, Options options, Consumer<Progress> progress,
                                PrintStream importerLog) {
        List<String> sources = sources(files);
        return BulkLoad.load(config, KIND, sources, (dir, runId) -> {
            TripleReader reader = new TripleReader(options.maxErrors(), progress);
            TripleImportFiles writer = new TripleImportFiles(dir, runId, options.dataset());
            for (Path f : files) {
                reader.read(f, writer);
            }
            return writer.finish();
        }, importerLog);
    }

    private static List<String> sources(List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException("triples file " + f + " does not exist or is not a file");
            }
        }
        return files.stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    /** The Neo4j relationship type for a relation name: letters, digits and '_' only, starting with a letter. */
    public static String relationshipType(String relation) {
        String t = NOT_IDENTIFIER.matcher(relation).replaceAll("_").replaceAll("^_+|_+$", "");
        if (t.isEmpty()) {
            throw new BadInputException("relation '" + relation + "' has no letters or digits to name a relationship type");
        }
        return Character.isLetter(t.charAt(0)) ? t : "R_" + t;
    }

    /** Writes what the {@link TripleReader} reads: two Entity merges and one typed relationship per triple. */
    private static final class Loader implements TripleReader.Handler {
        private static final WriteStatement ENTITY = WriteStatement.mergeNode("Entity", "key");
        private final BatchWriter writer;
        private final Options options;
        private final Map<String, WriteStatement> byRelation = new HashMap<>();

        Loader(BatchWriter writer, Options options) {
            this.writer = writer;
            this.options = options;
        }

        @Override
        public void triple(Path file, long line, TripleReader.Triple t) {
            String source = file.getFileName().toString();
            Map<String, Object> props = options.dataset().isEmpty() ? Map.of() : Map.of("dataset", options.dataset());
            WriteStatement link = byRelation.computeIfAbsent(t.relation(),
                    r -> WriteStatement.mergeRelationship("Entity", "key", t.type(), "Entity", "key"));
            writer.write(ENTITY, source, line, Map.of("key", t.head(), "props", props));
            writer.write(ENTITY, source, line, Map.of("key", t.tail(), "props", props));
            writer.write(link, source, line, Map.of("from", t.head(), "to", t.tail(), "props", Map.of("name", t.relation())));
        }

        @Override
        public void bad() {
            writer.error();
        }
    }
}
