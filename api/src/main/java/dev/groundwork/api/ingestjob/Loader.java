package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.TicketParser;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.ingest.triples.TripleIngest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ingest module's loaders, called as the {@code groundwork ingest ...} commands call them with
 * their default options: each kind's formats, the unit its progress counts and the call itself.
 * Stateless.
 */
enum Loader {
    // A parse before the load counts the tickets, so that the end is known.
    TICKETS("tickets", Arrays.stream(TicketFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(), true) {
        @Override
        Outcome load(Task task) {
            ParseOptions parse = ParseOptions.defaults().withMaxErrors(Math.toIntExact(task.maxErrors()));
            if (task.links() != null) {
                parse = parse.withCsvLinks(task.links());
            }
            var d = TicketIngest.Options.DEFAULTS;
            TicketFormat format = TicketFormat.valueOf(task.format().toUpperCase(Locale.ROOT));
            long total = tickets(format, task.files(), parse);
            long[] read = {0};
            TicketIngest.Result r = TicketIngest.ingest(task.store(), task.ticketIndex().get(), format, task.files(),
                    new TicketIngest.Options(parse, d.batchSize(), d.similarThreshold(), d.similarK()), p -> {
                        // The similar-links stage comes after every ticket is read: the bar stays full while it runs.
                        boolean reading = p.stage().equals("tickets");
                        read[0] = reading ? p.tickets() : read[0];
                        task.progress().update(total == UNKNOWN ? read[0] : Math.min(total, read[0]), total, reading
                                ? p.sections() + " sections written"
                                : "linking similar tickets: " + p.tickets() + " done, " + p.sections() + " links");
                    });
            return new Outcome(r.run(), r.parse().errors());
        }
    },
    SPORTS("files", SportsIngest.FORMATS, false) {
        @Override
        Outcome load(Task task) {
            String[] last = {""};
            SportsIngest.Summary s = SportsIngest.ingest(task.store(), task.format(), task.path(), p -> {
                last[0] = p.line().orElse(last[0]);
                task.progress().update(p.files(), p.total(), last[0]);
            });
            return new Outcome(s.run(), List.of());
        }
    },
    // The loader reports the bytes read of the file it is in (compressed bytes for .gz), so the bar's end is the files' sizes.
    COMMONSENSE("bytes", Arrays.stream(CommonsenseIngest.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
            true) {
        @Override
        Outcome load(Task task) {
            List<String> names = task.files().stream().map(Path::toString).toList();
            long[] sizes = task.files().stream().mapToLong(Loader::size).toArray();
            long total = Arrays.stream(sizes).sum();
            var options = new CommonsenseIngest.Options(CommonsenseIngest.Format.parse(task.format()), task.files(), "en",
                    task.maxErrors(), CommonsenseIngest.DEFAULT_CHUNK, (file, edges, done, fileTotal) -> {
                        int at = Math.max(0, names.indexOf(file));
                        long before = Arrays.stream(sizes, 0, at).sum();
                        task.progress().update(Math.min(total, before + Math.min(done, sizes[at])), total,
                                Path.of(file).getFileName() + ": " + edges + " relationships");
                    });
            return new Outcome(CommonsenseIngest.run(task.store(), options), List.of());
        }
    },
    // Lines, not triples, so that the end is known: the files' lines are counted before the load.
    TRIPLES("lines", List.of("tsv"), true) {
        @Override
        Outcome load(Task task) {
            List<Path> files = task.files();
            long[] lines = files.stream().mapToLong(Loader::lines).toArray();
            long total = Arrays.stream(lines).sum();
            var options = new TripleIngest.Options("", TripleIngest.Options.DEFAULTS.batchSize(), task.maxErrors());
            IngestRun run = TripleIngest.ingest(task.store(), files, options, p -> {
                int at = Math.max(0, files.indexOf(p.file()));
                long before = Arrays.stream(lines, 0, at).sum();
                task.progress().update(Math.min(total, before + p.line()), total, p.file().getFileName() + ": " + p.triples() + " triples");
            });
            return new Outcome(run, List.of());
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
    private final List<String> formats;
    private final boolean maxErrors;

    Loader(String unit, List<String> formats, boolean maxErrors) {
        this.unit = unit;
        this.formats = List.copyOf(formats);
        this.maxErrors = maxErrors;
    }

    /** What {@link Listener#update}'s count counts. */
    String unit() {
        return unit;
    }

    /** The formats this loader reads; the first is the default when there is only one. */
    List<String> formats() {
        return formats;
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

    abstract Outcome load(Task task);

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
