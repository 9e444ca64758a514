package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.file.Utf8Lines;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Streams a text file line by line, gunzipping {@code *.gz}, and reports its progress in bytes read.
 * A line that is not valid UTF-8 is a bad record ({@link Utf8Lines}), never decoded with replacements.
 */
final class Lines {
    /** Progress is reported every this many lines. */
    private static final int REPORT_EVERY = 10_000;

    /** What to do with one line. */
    interface Handler {
        void line(String text, long number);
    }

    private Lines() {}

    static void read(Path file, CommonsenseReader.Sink sink, Handler handler) throws IOException {
        long total = Files.size(file);
        try (Counting counted = new Counting(Files.newInputStream(file));
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
             Utf8Lines r = new Utf8Lines(in)) {
            long n = 0;
            for (Utf8Lines.Line line = r.next(); line != null; line = r.next()) {
                n = line.number();
                if (line.malformed()) {
                    sink.badRecord(n, line.problem());
                } else if (!line.text().isBlank()) {
                    handler.line(line.text(), n);
                }
                if (n % REPORT_EVERY == 0) {
                    sink.position(counted.count, total);
                }
            }
            sink.position(total, total);
        }
    }

    /** Counts the (compressed) bytes read, for progress and ETA. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
