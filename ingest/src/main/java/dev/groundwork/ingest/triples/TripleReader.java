package dev.groundwork.ingest.triples;

import dev.groundwork.ingest.IngestProgress;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The triples parser: reads {@code head<TAB>relation<TAB>tail} lines and hands each well-formed triple to a
 * {@link Handler}, writing nothing itself. A malformed line (not three fields, an empty or over-long field, a relation
 * with no letters or digits, or a line that is not valid UTF-8, {@link Utf8Lines}' rule) is counted and skipped while
 * at most {@code maxErrors} have been seen in the run; one more throws a {@link BadInputException} naming the file and
 * the line ({@code FILE line N: problem}).
 *
 * <p>Not thread-safe; one per ingest run (the error budget spans the run's files).
 *
 * <pre>{@code
 * TripleReader reader = new TripleReader(0, p -> {});
 * reader.read(Path.of("train.txt"), handler);
 * }</pre>
 */
final class TripleReader {
    /** Entity keys are indexed, and Neo4j's range index refuses values of more than about 8 KB: longer keys are bad records. */
    static final int MAX_KEY_BYTES = 4096;
    /** Relation names become relationship types and a property; a longer one is taken for garbage. */
    static final int MAX_RELATION_BYTES = 1024;

    /**
     * One well-formed line, its fields stripped.
     *
     * @param type the relationship type {@code relation} names ({@link TripleIngest#relationshipType})
     */
    record Triple(String head, String relation, String tail, String type) {}

    /** Where the triples go. */
    interface Handler {
        void triple(Path file, long line, Triple triple);

        /** A malformed line within the error budget was skipped. */
        void bad();
    }

    private final long maxErrors;
    private final IngestProgress progress;
    private long triples;
    private long errors;

    TripleReader(long maxErrors, IngestProgress progress) {
        this.maxErrors = maxErrors;
        this.progress = progress;
    }

    void read(Path file, Handler handler) {
        long line = 0;
        try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file))) {
            for (Utf8Lines.Line l = in.next(); l != null; l = in.next()) {
                line = l.number();
                if (l.malformed()) {
                    reject(file, line, l.problem(), handler);
                } else if (!l.text().isBlank()) {
                    row(file, line, l.text(), handler);
                }
                if (line % 50_000 == 0) {
                    progress.update(new IngestProgress.Update("", file.toString(), line, -1, triples, 0, null));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        progress.update(new IngestProgress.Update("", file.toString(), line, -1, triples, 0, null));
    }

    private void row(Path file, long line, String text, Handler handler) {
        String[] f = text.split("\t", -1);
        String problem = f.length != 3 ? "expected head<TAB>relation<TAB>tail, got " + f.length + " field(s)"
                : f[0].isBlank() || f[1].isBlank() || f[2].isBlank() ? "head, relation and tail must not be empty"
                : tooLong(f[0], "head", MAX_KEY_BYTES) != null ? tooLong(f[0], "head", MAX_KEY_BYTES)
                : tooLong(f[2], "tail", MAX_KEY_BYTES) != null ? tooLong(f[2], "tail", MAX_KEY_BYTES)
                : tooLong(f[1], "relation", MAX_RELATION_BYTES);
        if (problem != null) {
            reject(file, line, problem, handler);
            return;
        }
        String relation = f[1].strip();
        String type;
        try {
            type = TripleIngest.relationshipType(relation);
        } catch (BadInputException e) {
            // A relation that names no type is one bad line, counted like any other.
            reject(file, line, e.getMessage(), handler);
            return;
        }
        handler.triple(file, line, new Triple(f[0].strip(), relation, f[2].strip(), type));
        triples++;
    }

    private static String tooLong(String field, String what, int max) {
        int bytes = field.getBytes(StandardCharsets.UTF_8).length;
        return bytes <= max ? null : what + " is " + bytes + " bytes long, expected at most " + max;
    }

    private void reject(Path file, long line, String problem, Handler handler) {
        errors++;
        handler.bad();
        if (errors > maxErrors) {
            throw new BadInputException(file + " line " + line + ": " + problem
                    + (maxErrors > 0 ? " (more than --max-errors " + maxErrors + " bad lines)" : ""));
        }
    }
}
