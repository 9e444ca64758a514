package dev.groundwork.api.cli;

import dev.groundwork.ingest.IngestProgress;

import java.io.PrintWriter;

/**
 * Ingest progress on standard error: relationships written, rate and ETA from the share of the file
 * read. At most one line every two seconds. Not thread-safe.
 */
final class Progress implements IngestProgress {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(Update u) {
        String file = u.file();
        long edges = u.written();
        long bytesDone = u.done();
        long bytesTotal = Math.max(0, u.total());
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS && bytesDone < bytesTotal) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        // Until the reader reports a position (every 10,000 lines) the share read is unknown.
        double share = bytesTotal == 0 ? 0 : (double) bytesDone / bytesTotal;
        long eta = share > 0 ? Math.round(seconds / share - seconds) : -1;
        err.printf("%s: %,d relationships, %,.0f/s, %s of the file, ETA %s%n", file, edges, edges / Math.max(seconds, 1e-3),
                share > 0 ? Math.round(share * 100) + "%" : "?%", eta < 0 ? "?" : eta + " s");
        err.flush();
    }
}
