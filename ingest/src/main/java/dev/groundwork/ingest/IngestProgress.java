package dev.groundwork.ingest;

import java.util.Optional;

/**
 * Told how far an ingest is, the one progress type of every ingestor. Each ingestor fills the
 * fields that mean something for it (the others are 0, -1 or empty):
 *
 * <table>
 *   <caption>what each ingestor reports</caption>
 *   <tr><th>ingestor</th><th>when</th><th>{@code done} of {@code total}</th><th>{@code records}</th><th>{@code written}</th></tr>
 *   <tr><td>tickets</td><td>each batch, each similar-link batch</td><td>-</td><td>tickets read (stage {@code tickets}), or
 *       tickets linked (stage {@code similar})</td><td>sections, or SIMILAR_TO links</td></tr>
 *   <tr><td>sports</td><td>each file read</td><td>files of the files to read</td><td>-</td><td>-</td></tr>
 *   <tr><td>commonsense</td><td>each chunk and every 10,000 lines</td><td>bytes of the file (compressed bytes for
 *       {@code .gz})</td><td>-</td><td>relationships</td></tr>
 *   <tr><td>triples</td><td>every 50,000 lines and each file's end</td><td>lines of the file (total -1)</td><td>triples</td><td>-</td></tr>
 * </table>
 *
 * <p>Called on the ingesting thread; an implementation need not be thread-safe for one ingest.
 *
 * <pre>{@code
 * IngestProgress progress = u -> u.line().ifPresent(System.err::println);
 * }</pre>
 */
@FunctionalInterface
public interface IngestProgress {
    /** Tells nothing. */
    IngestProgress NONE = update -> { };

    void update(Update update);

    /**
     * One report.
     *
     * @param stage what is being done, e.g. {@code tickets}, {@code similar}; empty when there is one stage
     * @param file the file being read, or empty
     * @param done how far through the input, in the ingestor's unit (see the table above)
     * @param total the end of {@code done}'s count, or -1 when unknown
     * @param records records read so far
     * @param written what was written so far
     * @param text a line worth showing on its own, or null
     */
    record Update(String stage, String file, long done, long total, long records, long written, String text) {
        public Update {
            stage = stage == null ? "" : stage;
            file = file == null ? "" : file;
        }

        /** {@link #text()}, when the report is worth a line. */
        public Optional<String> line() {
            return Optional.ofNullable(text);
        }
    }
}
