package dev.groundwork.ingest.registry;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingested;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.ingest.tickets.graph.TicketReindex;
import dev.groundwork.ingest.triples.TripleIngest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one map from kind and format to {@link Ingestor}: every ingestor of the ingest module, as the
 * command line ({@code groundwork ingest KIND --format FORMAT}), background jobs ({@code Mutation.ingest}),
 * the demo and evaluation reach them. Immutable and thread-safe.
 *
 * <pre>{@code
 * Ingestor csv = Ingestors.get("tickets", "csv");
 * Ingested done = csv.ingest(store, List.of(bugs), IngestOptions.DEFAULTS.withMaxErrors(5), IngestProgress.NONE);
 * }</pre>
 */
public final class Ingestors {
    /** The kinds in the order help lists them. */
    public static final String TICKETS = "tickets";
    public static final String SPORTS = "sports";
    public static final String COMMONSENSE = "commonsense";
    public static final String TRIPLES = "triples";

    private static final Map<String, Map<String, Ingestor>> BY_KIND = build();

    private Ingestors() {}

    /** The kinds: tickets, sports, commonsense, triples. */
    public static List<String> kinds() {
        return List.copyOf(BY_KIND.keySet());
    }

    /**
     * The formats of {@code kind}, as the command line spells them, in the order help lists them.
     *
     * @throws BadInputException for an unknown kind
     */
    public static List<String> formats(String kind) {
        return List.copyOf(byKind(kind).keySet());
    }

    /**
     * The ingestor of {@code kind} reading {@code format}: case-insensitive, and a {@code -} is ignored ({@code cn-100k} is
     * {@code cn100k}).
     *
     * @throws BadInputException for an unknown kind, or a format the kind does not read:
     *                           {@code --format must be one of [jira, github, csv], got 'xml'}
     */
    public static Ingestor get(String kind, String format) {
        Map<String, Ingestor> formats = byKind(kind);
        Ingestor ingestor = format == null ? null : formats.get(format.toLowerCase(Locale.ROOT).replace("-", ""));
        if (ingestor == null) {
            throw new BadInputException("--format must be one of " + formats.keySet() + ", got '" + format + "'");
        }
        return ingestor;
    }

    /**
     * Undoes ingest run {@code runId} ({@link IngestRuns#undo}) and brings the ticket search index back in step: the
     * documents of tickets the run created go, those of tickets it overwrote are indexed again as the graph now holds
     * them. The index is {@link IngestOptions#searchIndex()}, or the store's tickets index, opened and closed here when the
     * run wrote tickets. The one way to undo a run from the command line and the API.
     */
    public static IngestRuns.Undo undo(GraphStore store, String runId, IngestOptions options) {
        List<String> tickets = TicketReindex.touchedBy(store, runId);
        IngestRuns.Undo undo = IngestRuns.undo(store, runId);
        if (!tickets.isEmpty()) {
            if (options.searchIndex().isPresent()) {
                TicketReindex.resync(store, options.searchIndex().get(), tickets);
            } else {
                try (SearchIndex index = TicketIndex.open(store)) {
                    TicketReindex.resync(store, index, tickets);
                }
            }
        }
        return undo;
    }

    private static Map<String, Ingestor> byKind(String kind) {
        Map<String, Ingestor> formats = kind == null ? null : BY_KIND.get(kind.toLowerCase(Locale.ROOT));
        if (formats == null) {
            throw new BadInputException("kind must be one of " + BY_KIND.keySet() + ", got '" + kind + "'");
        }
        return formats;
    }

    /** How one format is read, given the shape every ingestor has. */
    @FunctionalInterface
    private interface Call {
        Ingested ingest(GraphStore store, List<Path> sources, IngestOptions options, IngestProgress progress);
    }

    private record Entry(String kind, String format, Call call) implements Ingestor {
        @Override
        public Ingested ingest(GraphStore store, List<Path> sources, IngestOptions options, IngestProgress progress) {
            return call.ingest(store, sources, options, progress == null ? IngestProgress.NONE : progress);
        }
    }

    private static Map<String, Map<String, Ingestor>> build() {
        List<Entry> all = new ArrayList<>();
        for (TicketFormat f : TicketFormat.values()) {
            all.add(new Entry(TICKETS, lower(f.name()), (store, sources, options, progress) ->
                    TicketIngest.ingest(store, f, sources, options, progress)));
        }
        for (String f : SportsIngest.FORMATS) {
            all.add(new Entry(SPORTS, f, (store, sources, options, progress) ->
                    SportsIngest.ingest(store, f, sources, options, progress)));
        }
        for (CommonsenseIngest.Format f : CommonsenseIngest.Format.values()) {
            all.add(new Entry(COMMONSENSE, lower(f.name()), (store, sources, options, progress) ->
                    Ingested.of(CommonsenseIngest.ingest(store, f, sources, options, progress))));
        }
        all.add(new Entry(TRIPLES, "tsv", (store, sources, options, progress) ->
                Ingested.of(TripleIngest.ingest(store, sources, options, progress))));
        Map<String, Map<String, Ingestor>> byKind = new LinkedHashMap<>();
        for (Entry e : all) {
            byKind.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.format(), e);
        }
        byKind.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(byKind);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
