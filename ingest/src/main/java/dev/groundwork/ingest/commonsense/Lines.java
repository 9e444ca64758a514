package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.file.Utf8Lines;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * Streams a text file line by line, gunzipping {@code *.gz}, and reports its progress in bytes read.
 * A line that is not valid UTF-8 is a bad record ({@link Utf8Lines}), never decoded with replacements.
 *
 * <p>Lines are parsed in batches on one worker thread per core while this thread reads (and gunzips)
 * the next ones; what each batch reports is recorded and replayed into the sink on the calling thread
 * in line order, so the sink sees exactly what a line-by-line read would give, from one thread, and a
 * malformed line beyond the error budget fails the run at that line. The handler must therefore only
 * talk to the sink it is given.
 */
final class Lines {
    /** Lines per batch; progress is reported after each. */
    private static final int BATCH = 10_000;
    /** Parsers: one per core; the reading thread mostly waits on gunzip and hand-offs. */
    private static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** What to do with one line: parse it and tell {@code sink}. Called on a worker thread. */
    interface Handler {
        void line(String text, long number, CommonsenseReader.Sink sink);
    }

    private Lines() {}

    static void read(Path file, CommonsenseReader.Sink sink, Handler handler) throws IOException {
        long total = Files.size(file);
        ExecutorService parsers = Executors.newFixedThreadPool(PARSERS, r -> {
            Thread t = new Thread(r, "commonsense-parser");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Recording>> pending = new ArrayDeque<>();
        try (Counting counted = new Counting(Files.newInputStream(file));
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
             Utf8Lines r = new Utf8Lines(in)) {
            List<Utf8Lines.Line> batch = new ArrayList<>(BATCH);
            for (Utf8Lines.Line line = r.next(); line != null; line = r.next()) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    submit(parsers, pending, batch, handler, counted.count, total);
                    batch = new ArrayList<>(BATCH);
                    // Bounded look-ahead: each worker busy plus one batch waiting, so memory stays a few batches.
                    while (pending.size() > PARSERS + 1) {
                        replay(pending.poll(), sink);
                    }
                }
            }
            submit(parsers, pending, batch, handler, total, total);
            while (!pending.isEmpty()) {
                replay(pending.poll(), sink);
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            parsers.shutdownNow();
        }
    }

    private static void submit(ExecutorService parsers, ArrayDeque<Future<Recording>> pending, List<Utf8Lines.Line> batch,
                               Handler handler, long position, long total) {
        pending.add(parsers.submit(() -> {
            Recording rec = new Recording();
            for (Utf8Lines.Line line : batch) {
                if (line.malformed()) {
                    rec.badRecord(line.number(), line.problem());
                } else if (!line.text().isBlank()) {
                    handler.line(line.text(), line.number(), rec);
                }
            }
            rec.position(position, total);
            return rec;
        }));
    }

    private static void replay(Future<Recording> future, CommonsenseReader.Sink sink) {
        ConceptGraphWriter.await(future, "parsing").replay(sink);
    }

    /** What a batch told its sink, in order. Confined to one thread at a time (the future hands it over). */
    private static final class Recording implements CommonsenseReader.Sink {
        private final List<Object> events = new ArrayList<>(BATCH);

        private record Literal(ConceptRef subject, String key, Object value, long line) {}

        private record Bad(long line, String message) {}

        private record Position(long done, long total) {}

        private static final Object SKIP = new Object();

        @Override
        public void assertion(Assertion a) {
            events.add(a);
        }

        @Override
        public void literal(ConceptRef subject, String key, Object value, long line) {
            events.add(new Literal(subject, key, value, line));
        }

        @Override
        public void skip() {
            events.add(SKIP);
        }

        @Override
        public void badRecord(long line, String message) {
            events.add(new Bad(line, message));
        }

        @Override
        public void position(long done, long total) {
            events.add(new Position(done, total));
        }

        void replay(CommonsenseReader.Sink sink) {
            for (Object e : events) {
                switch (e) {
                    case Assertion a -> sink.assertion(a);
                    case Literal l -> sink.literal(l.subject(), l.key(), l.value(), l.line());
                    case Bad b -> sink.badRecord(b.line(), b.message());
                    case Position p -> sink.position(p.done(), p.total());
                    default -> sink.skip();
                }
            }
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
