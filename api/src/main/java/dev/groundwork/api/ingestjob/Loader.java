package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingested;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.TicketParser;
import dev.groundwork.ingest.tickets.graph.TicketIngest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The background side of the ingest registry ({@code Ingestors}): for each kind, the unit its
 * progress counts, how the end of that count is known before the load, and the options the
 * {@code groundwork ingest ...} commands use by default; the load itself is the registry's
 * ingestor. Stateless.
 */
enum Loader {
    // A parse before the load counts the tickets, so that the end is known.
    TICKETS("tickets", true) {

        @Override
        IngestOptions options(Task task) {
            return super.options(task).withLinks(task.links()).withSearchIndex(task.ticketIndex().get());
        }

        @Override
        IngestProgress progress(Task task) {
            ParseOptions parse = ParseOptions.defaults().withMaxErrors(Math.toIntExact(task.maxErrors()));
            long total = tickets(TicketFormat.valueOf(task.format().toUpperCase(Locale.ROOT)), task.files(),
                    task.links() == null ? parse : parse.withCsvLinks(task.links()));
            long[] read = {0};
            return p -> {
                // The similar-links stage comes after every ticket is read: the bar stays full while it runs.
                boolean reading = p.stage().equals("tickets");
                read[0] = reading ? p.records() : read[0];
                task.progress().update(total == UNKNOWN ? read[0] : Math.min(total, read[0]), total, reading
                        ? p.written() + " sections written"
                        : "linking similar tickets: " + p.records() + " done, " + p.written() + " links");
            };
        }

        @Override
        List<String> skipped(Ingested done) {
            return ((TicketIngest.Result) done).parse().errors();
        }
    },
    SPORTS("files", false) {
        @Override
        IngestProgress progress(Task task) {
            String[] last = {""};
            return p -> {
                last[0] = p.line().orElse(last[0]);
                task.progress().update(p.done(), p.total(), last[0]);
            };
        }

        @Override
        List<Path> sources(Task task) {
            return List.of(task.path());
        }
    },
    // The loader reports the bytes read of the file it is in (compressed bytes for .gz), so the bar's end is the files' sizes.
    COMMONSENSE("bytes", true) {
        @Override
        IngestProgress progress(Task task) {
            return perFile(task, Loader::size, p -> p.written() + " relationships");
        }
    },
    // Lines, not triples, so that the end is known: the files' lines are counted before the load.
    TRIPLES("lines", true) {
        @Override
        IngestProgress progress(Task task) {
            return perFile(task, Loader::lines, p -> p.records() + " triples");
        }
    };

    /** {@link Listener#update}'s total when the source's size is not known before the end. */
    static final long UNKNOWN = -1;

    /** Told how far a load is: how much it has read, of how much (or {@link #UNKNOWN}), in the loader's unit, and what it is doing. */
    @FunctionalInterface
    interface Listener {
        void update(long processed, long total, String detail);
    }

    /**
     * One load to run.
     *
     * @param path the file or directory named by the client, resolved
     * @param files the files a file-list loader reads ({@code path} itself, or the files of the directory)
     * @param links tickets CSV: the links file, or null
     */
    record Task(GraphStore store, Supplier<SearchIndex> ticketIndex, String format, Path path, List<Path> files, Path links,
                long maxErrors, Listener progress) {
        Task {
            files = List.copyOf(files);
        }
    }

    /** The finished run and the messages of the records it skipped, when the loader reports them. */
    record Outcome(IngestRun run, List<String> skipped) {
        Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    private final String unit;
    private final boolean maxErrors;

    Loader(String unit, boolean maxErrors) {
        this.unit = unit;
        this.maxErrors = maxErrors;
    }

    /** What {@link Listener#update}'s count counts. */
    String unit() {
        return unit;
    }

    /** The formats this loader reads; the first is the default when there is only one. */
    List<String> formats() {
        return Ingestors.formats(kindName());
    }

    /** Whether the loader skips up to a number of malformed records ({@code --max-errors}). */
    boolean supportsMaxErrors() {
        return maxErrors;
    }

    /** Whether the loader reads a directory itself (sports) rather than a list of files. */
    boolean readsDirectory() {
        return this == SPORTS;
    }

    String kindName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Runs the load through the kind's ingestor of the registry, telling {@code task}'s listener in this loader's unit. */
    Outcome load(Task task) {
        Ingestor ingestor = Ingestors.get(kindName(), task.format());
        Ingested done = ingestor.ingest(task.store(), sources(task), options(task), progress(task));
        return new Outcome(done.run(), skipped(done));
    }

    /** The options the {@code groundwork ingest} command would use by default, with the task's error budget. */
    IngestOptions options(Task task) {
        return IngestOptions.DEFAULTS.withMaxErrors(task.maxErrors());
    }

    /** The ingestor's progress told to the task's listener in this loader's unit, with the end of the count when it is known. */
    abstract IngestProgress progress(Task task);

    /**
     * Progress through the task's files read in turn: the end is the sum of each file's {@code measure}, and an update's
     * {@code done} counts within the file it names.
     */
    private static IngestProgress perFile(Task task, ToLongFunction<Path> measure, Function<IngestProgress.Update, String> detail) {
        List<String> names = task.files().stream().map(Path::toString).toList();
        long[] sizes = task.files().stream().mapToLong(measure).toArray();
        long total = Arrays.stream(sizes).sum();
        return p -> {
            int at = Math.max(0, names.indexOf(p.file()));
            long before = Arrays.stream(sizes, 0, at).sum();
            task.progress().update(Math.min(total, before + Math.min(p.done(), sizes[at])), total,
                    Path.of(p.file()).getFileName() + ": " + detail.apply(p));
        };
    }

    /** What the ingestor reads: the task's files. */
    List<Path> sources(Task task) {
        return task.files();
    }

    /** The messages of the records the run skipped, when the ingestor reports them. */
    List<String> skipped(Ingested done) {
        return List.of();
    }

    /**
     * The tickets the files hold, by a parse that writes and embeds nothing (the embeddings are what takes the
     * load's time), or {@link #UNKNOWN} when that parse stops at a malformed record: the ingest itself then reports it.
     */
    private static long tickets(TicketFormat format, List<Path> files, ParseOptions parse) {
        long[] n = {0};
        try {
            TicketParser.parse(format, files, parse, t -> n[0]++);
            return n[0];
        } catch (GroundworkException e) {
            return UNKNOWN;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the size of " + file, e);
        }
    }

    /** Lines as a reader counts them: line breaks, plus one for a last line without one. */
    private static long lines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long n = 0;
            byte last = '\n';
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    n += buffer[i] == '\n' ? 1 : 0;
                }
                last = read > 0 ? buffer[read - 1] : last;
            }
            return n + (last == '\n' ? 0 : 1);
        } catch (IOException e) {
            throw new UncheckedIOException("counting the lines of " + file, e);
        }
    }
}
