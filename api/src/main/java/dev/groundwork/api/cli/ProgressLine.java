package dev.groundwork.api.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error for long commands: records so far, rate and, when the total is
 * known, the ETA. Redrawn at most twice a second. Not thread-safe: one per command.
 */
final class ProgressLine {
    private final PrintWriter err;
    private final String what;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressLine(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /** Reports {@code done} of {@code total} (total 0 when unknown). */
    void update(long done, long total, String detail) {
        long now = System.nanoTime();
        if (now - lastDrawn < 500_000_000L) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0f s", Math.max(0, total - done) / rate) : "";
        err.printf(Locale.ROOT, "\r%s: %,d %s (%,.0f/s%s)   ", detail, done, what, rate, eta);
        err.flush();
    }

    /** Ends the line and returns the elapsed seconds. */
    double finish() {
        err.println();
        err.flush();
        return (System.nanoTime() - started) / 1e9;
    }
}
