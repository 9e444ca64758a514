package dev.groundwork.ingest.sports;

import dev.groundwork.ingest.IngestProgress;


/**
 * Counts the files an ingestor has read against the files it will read, and tells
 * {@link SportsIngest#ingest}'s listener after each one. Not thread-safe: one per ingest.
 */
final class FileProgress {
    private final IngestProgress listener;
    private long total;
    private long read;

    FileProgress(long total, IngestProgress listener) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, got " + total);
        }
        this.total = total;
        this.listener = listener;
    }

    /** A file was read (or found missing and skipped); {@code line} says what it held, for standard error. */
    void read(String line) {
        tell(line);
    }

    /** A file was read that is not worth a line of its own (one match's lineups or events). */
    void readQuietly() {
        tell(null);
    }

    /** Sets the total once the ingestor knows it (StatsBomb: after counting the matches). */
    void total(long total) {
        if (total < read) {
            throw new IllegalArgumentException("total must not be below the files already read (" + read + "), got " + total);
        }
        this.total = total;
    }

    private void tell(String line) {
        read++;
        // A format whose count was an estimate never shows more read than there is.
        total = Math.max(total, read);
        listener.update(new IngestProgress.Update("", "", read, total, 0, 0, line));
    }
}
