package dev.groundwork.ingest.triples;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.file.Utf8Lines;
import dev.groundwork.graph.store.GraphStore;

import java.io.IOException;
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
    /** Entity keys are indexed, and Neo4j's range index refuses values of more than about 8 KB: longer keys are bad records. */
    static final int MAX_KEY_BYTES = 4096;
    /** Relation names become relationship types and a property; a longer one is taken for garbage. */
    static final int MAX_RELATION_BYTES = 1024;
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
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException("triples file " + f + " does not exist or is not a file");
            }
        }
        var sources = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
        try (BatchWriter writer = BatchWriter.begin(store, "triples/tsv", sources, options.batchSize())) {
            Loader loader = new Loader(writer, options, progress);
            for (Path f : files) {
                loader.load(f);
            }
            return writer.commit();
        }
    }

    /** The Neo4j relationship type for a relation name: letters, digits and '_' only, starting with a letter. */
    public static String relationshipType(String relation) {
        String t = NOT_IDENTIFIER.matcher(relation).replaceAll("_").replaceAll("^_+|_+$", "");
        if (t.isEmpty()) {
            throw new BadInputException("relation '" + relation + "' has no letters or digits to name a relationship type");
        }
        return Character.isLetter(t.charAt(0)) ? t : "R_" + t;
    }

    private static final class Loader {
        private static final WriteStatement ENTITY = WriteStatement.mergeNode("Entity", "key");
        private final BatchWriter writer;
        private final Options options;
        private final Consumer<Progress> progress;
        private final Map<String, WriteStatement> byRelation = new HashMap<>();
        private long triples;
        private long errors;

        Loader(BatchWriter writer, Options options, Consumer<Progress> progress) {
            this.writer = writer;
            this.options = options;
            this.progress = progress;
        }

        void load(Path file) {
            long line = 0;
            try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file))) {
                for (Utf8Lines.Line l = in.next(); l != null; l = in.next()) {
                    line = l.number();
                    if (l.malformed()) {
                        reject(file, line, l.problem());
                    } else if (!l.text().isBlank()) {
                        row(file, line, l.text());
                    }
                    if (line % 50_000 == 0) {
                        progress.accept(new Progress(file, line, triples));
                    }
                }
            } catch (IOException e) {
                throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
            }
            progress.accept(new Progress(file, line, triples));
        }

        private void row(Path file, long line, String text) {
            String[] f = text.split("\t", -1);
            String problem = f.length != 3 ? "expected head<TAB>relation<TAB>tail, got " + f.length + " field(s)"
                    : f[0].isBlank() || f[1].isBlank() || f[2].isBlank() ? "head, relation and tail must not be empty"
                    : tooLong(f[0], "head", MAX_KEY_BYTES) != null ? tooLong(f[0], "head", MAX_KEY_BYTES)
                    : tooLong(f[2], "tail", MAX_KEY_BYTES) != null ? tooLong(f[2], "tail", MAX_KEY_BYTES)
                    : tooLong(f[1], "relation", MAX_RELATION_BYTES);
            if (problem != null) {
                reject(file, line, problem);
                return;
            }
            String source = file.getFileName().toString();
            String head = f[0].strip();
            String tail = f[2].strip();
            Map<String, Object> props = options.dataset().isEmpty() ? Map.of() : Map.of("dataset", options.dataset());
            String relation = f[1].strip();
            String type;
            try {
                type = relationshipType(relation);
            } catch (BadInputException e) {
                // A relation that names no type is one bad line, counted like any other.
                reject(file, line, e.getMessage());
                return;
            }
            WriteStatement link = byRelation.computeIfAbsent(relation,
                    r -> WriteStatement.mergeRelationship("Entity", "key", type, "Entity", "key"));
            writer.write(ENTITY, source, line, Map.of("key", head, "props", props));
            writer.write(ENTITY, source, line, Map.of("key", tail, "props", props));
            writer.write(link, source, line, Map.of("from", head, "to", tail, "props", Map.of("name", relation)));
            triples++;
        }

        private static String tooLong(String field, String what, int max) {
            int bytes = field.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            return bytes <= max ? null : what + " is " + bytes + " bytes long, expected at most " + max;
        }

        private void reject(Path file, long line, String problem) {
            errors++;
            writer.error();
            if (errors > options.maxErrors()) {
                throw new BadInputException(file + " line " + line + ": " + problem
                        + (options.maxErrors() > 0 ? " (more than --max-errors " + options.maxErrors() + " bad lines)" : ""));
            }
        }
    }
}
