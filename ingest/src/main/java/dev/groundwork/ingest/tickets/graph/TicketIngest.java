package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingested;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.ParseSummary;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.TicketParser;
import dev.groundwork.ingest.tickets.TicketRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the ticket knowledge graph from Jira, GitHub or CSV exports: each ticket a {@code Ticket}
 * with its tree of {@code Section}s (split by rules), the explicit links of the tracker and of the
 * text, the {@code Mention}s of components, versions, labels, exception classes and error codes,
 * and implicit {@code SIMILAR_TO {score}} links between tickets whose title embeddings have a
 * cosine of at least a threshold, found as top-k neighbours through HNSW (never all pairs). Every
 * section's embedding (by the {@link IngestOptions#embeddingModel() chosen model}, cut to {@code maxTokens}
 * wordpieces; the node keeps the whole text) and text go into a Lucene index kept in step with the
 * graph. The index records its model, and a run with another model is refused before it writes.
 *
 * <p>Re-ingesting the same input changes nothing (a ticket whose content hash is unchanged is
 * skipped); a changed ticket replaces its sections (the old ones stay, superseded, until the run
 * commits). Stateless and thread-safe; each call is one ingest run, rolled back with the index if
 * it fails, and the index is committed only with the run, so a content hash and the index agree.
 *
 * <pre>{@code
 * TicketIngest.Result r = TicketIngest.ingest(store, TicketFormat.CSV, List.of(bugs), IngestOptions.DEFAULTS, IngestProgress.NONE);
 * }</pre>
 */
public final class TicketIngest {
    /** Tickets per write batch (and per embedding batch) unless {@link IngestOptions#batchSize()} says otherwise. */
    public static final int BATCH_SIZE = 256;

    /**
     * What an ingest did.
     *
     * @param run the ingest run with its write counts
     * @param parse what the parser read and skipped
     * @param changed tickets written (new or changed)
     * @param unchanged tickets skipped because their content was already in the graph
     * @param sections sections written and embedded
     * @param similar SIMILAR_TO links written
     * @param embeddingMaxTokens the wordpieces each embedded text was cut to
     * @param embeddingModel the model that embedded the sections
     */
    public record Result(IngestRun run, ParseSummary parse, long changed, long unchanged, long sections, long similar,
                         int embeddingMaxTokens, EmbeddingModel embeddingModel) implements Ingested {}

    private TicketIngest() {}

    /**
     * Parses {@code files} and writes the tickets into the graph and the search index, as one ingest run. The index is
     * {@link IngestOptions#searchIndex()}, or the store's tickets index opened and closed here.
     *
     * @param progress told after each batch of tickets and each batch of similar links (stages {@code tickets} and
     *                 {@code similar})
     */
    public static Result ingest(GraphStore store, TicketFormat format, List<Path> files, IngestOptions options,
                                IngestProgress progress) {
        if (options.searchIndex().isPresent()) {
            return ingest(store, options.searchIndex().get(), format, files, options, progress);
        }
        try (SearchIndex index = TicketIndex.open(store)) {
            return ingest(store, index, format, files, options, progress);
        }
    }

    private static Result ingest(GraphStore store, SearchIndex index, TicketFormat format, List<Path> files, IngestOptions options,
                                 IngestProgress progress) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException("ticket file " + f + " does not exist or is not a file");
            }
        }
        ParseOptions parse = ParseOptions.defaults().withMaxErrors(Math.toIntExact(Math.min(Integer.MAX_VALUE, options.maxErrors())));
        if (options.links().isPresent()) {
            parse = parse.withCsvLinks(options.links().get());
        }
        List<String> sources = new ArrayList<>(files.stream().map(p -> p.toAbsolutePath().toString()).toList());
        parse.csvLinks().ifPresent(p -> sources.add(p.toAbsolutePath().toString()));
        EmbeddingModel model = options.embeddingModelFor(index);
        // Before anything is written: an index of another model's vectors must be re-embedded, never added to.
        index.requireEmbeddingModel(model);
        TextEmbedder embedder = TextEmbedder.shared(model);
        // Each batch of tickets is flushed when it is written (TicketWriter); a batch of many rows is chunked within.
        try (BatchWriter writer = BatchWriter.begin(store, "tickets/" + format.name().toLowerCase(java.util.Locale.ROOT),
                sources, BatchWriter.DEFAULT_CHUNK)) {
            TicketWriter tickets = new TicketWriter(store, writer, index, embedder, options.batchSizeOr(BATCH_SIZE), progress);
            ParseSummary parsed;
            long similar;
            try {
                parsed = TicketParser.parse(format, files, parse, tickets::add);
                tickets.finish();
                similar = new SimilarLinks(writer, index, options.similarThreshold(), options.similarK())
                        .link(tickets.changed(), progress);
            } catch (RuntimeException e) {
                // The graph side is rolled back by the writer; the index goes back to its last commit with it.
                index.rollback();
                throw e;
            }
            // The index commits only once every graph chunk is written, just before the run does: a kill
            // before this line leaves both as they were (the run is rolled back when the store is next
            // opened); a kill between the two leaves documents of rolled-back tickets that the re-run replaces.
            index.recordEmbeddingModel(model);
            index.commit();
            IngestRun run = writer.commit();
            return new Result(run, parsed, tickets.changedKeys().size(), tickets.unchanged(), tickets.sections(), similar,
                    embedder.maxTokens(), model);
        }
    }

    /** The ticket record's content, as a hash: equal hashes mean re-ingesting it would change nothing. */
    static String contentHash(TicketRecord t) {
        String content = String.join("\u0001", t.key(), t.title(), t.status(), t.priority(), t.type(), t.resolution(),
                t.project(), String.valueOf(t.created()), String.valueOf(t.resolved()), t.components().toString(),
                t.versions().toString(), t.fixVersions().toString(), t.labels().toString(), t.description(),
                t.comments().toString(), t.links().toString(), new java.util.TreeMap<>(t.unparsedDates()).toString());
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
