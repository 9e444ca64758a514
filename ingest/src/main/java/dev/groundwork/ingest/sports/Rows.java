package dev.groundwork.ingest.sports;

import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.WriteStatement;

import java.util.Map;

/**
 * Where the sports ingestors put the rows they read: in an ingest the run's {@link BatchWriter} ({@link #of}); where only
 * reading is tested (the fuzz tests feed a thousand mutated files), a sink that needs no store. Not thread-safe.
 *
 * <pre>{@code
 * new OpenFootballIngestor(Rows.of(writer), ids, progress).load(files);
 * }</pre>
 */
interface Rows {
    /** One row for {@code statement}, from record {@code record} of {@code source} ({@link BatchWriter#write}). */
    void write(WriteStatement statement, String source, long record, Map<String, Object> row);

    /** Counts an input record that was not written. */
    void skip();

    /** Ends a batch: rows written so far are sent (a file or a match is a batch). */
    void flush();

    static Rows of(BatchWriter writer) {
        return new Rows() {
            @Override
            public void write(WriteStatement statement, String source, long record, Map<String, Object> row) {
                writer.write(statement, source, record, row);
            }

            @Override
            public void skip() {
                writer.skip();
            }

            @Override
            public void flush() {
                writer.flush();
            }
        };
    }
}
