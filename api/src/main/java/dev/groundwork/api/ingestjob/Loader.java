package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.ingest.triples.TripleIngest;

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
    TICKETS("tickets", Arrays.stream(TicketFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(), true) {
        @Override
        Outcome load(Task task) {
            ParseOptions parse = ParseOptions.defaults().withMaxErrors(Math.toIntExact(task.maxErrors()));
            if (task.links() != null) {
                parse = parse.withCsvLinks(task.links());
            }
            var d = TicketIngest.Options.DEFAULTS;
            TicketIngest.Result r = TicketIngest.ingest(task.store(), task.ticketIndex().get(),
                    TicketFormat.valueOf(task.format().toUpperCase(Locale.ROOT)), task.files(),
                    new TicketIngest.Options(parse, d.batchSize(), d.similarThreshold(), d.similarK()),
                    p -> task.progress().update(p.tickets(), p.stage()));
            return new Outcome(r.run(), r.parse().errors());
        }
    },
    SPORTS("files", SportsIngest.FORMATS, false) {
        @Override
        Outcome load(Task task) {
            long[] files = {0};
            SportsIngest.Summary s = SportsIngest.ingest(task.store(), task.format(), task.path(),
                    line -> task.progress().update(++files[0], line));
            return new Outcome(s.run(), List.of());
        }
    },
    COMMONSENSE("relationships", Arrays.stream(CommonsenseIngest.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
            true) {
        @Override
        Outcome load(Task task) {
            var options = new CommonsenseIngest.Options(CommonsenseIngest.Format.parse(task.format()), task.files(), "en",
                    task.maxErrors(), CommonsenseIngest.DEFAULT_CHUNK, (file, edges, done, total) -> task.progress().update(edges, file));
            return new Outcome(CommonsenseIngest.run(task.store(), options), List.of());
        }
    },
    TRIPLES("triples", List.of("tsv"), true) {
        @Override
        Outcome load(Task task) {
            var options = new TripleIngest.Options("", TripleIngest.Options.DEFAULTS.batchSize(), task.maxErrors());
            IngestRun run = TripleIngest.ingest(task.store(), task.files(), options,
                    p -> task.progress().update(p.triples(), p.file().getFileName().toString()));
            return new Outcome(run, List.of());
        }
    };

    /** Told how far a load is: records so far, in the loader's unit, and what it is doing. */
    @FunctionalInterface
    interface Listener {
        void update(long processed, String detail);
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
}
