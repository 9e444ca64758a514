package dev.groundwork.ingest.triples;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * IngestRun run = TripleIngest.ingest(store, List.of(Path.of("train.txt")), IngestOptions.DEFAULTS, IngestProgress.NONE);
 * }</pre>
 */
public final class TripleIngest {
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]+");

    /** Rows per transaction unless {@link IngestOptions#batchSize()} says otherwise. */
    public static final int BATCH_SIZE = 10_000;

    private static final String KIND = "triples/tsv";

    private TripleIngest() {}

    /**
     * Loads every triple of {@code files} in one ingest run, recording {@link IngestOptions#dataset()} on every entity and
     * skipping up to {@link IngestOptions#maxErrors()} malformed lines.
     *
     * @param progress told every 50,000 lines and at each file's end: the file, its lines read and the triples read
     */
    public static IngestRun ingest(GraphStore store, List<Path> files, IngestOptions options, IngestProgress progress) {
        var sources = sources(files);
        try (BatchWriter writer = BatchWriter.begin(store, KIND, sources, options.batchSizeOr(BATCH_SIZE))) {
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
    public static BulkLoad bulk(StoreConfig config, List<Path> files, IngestOptions options, IngestProgress progress,
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
        private final IngestOptions options;
        private final Map<String, WriteStatement> byRelation = new HashMap<>();

        Loader(BatchWriter writer, IngestOptions options) {
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
