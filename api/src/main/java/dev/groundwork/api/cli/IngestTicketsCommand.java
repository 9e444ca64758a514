package dev.groundwork.api.cli;

import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code groundwork ingest tickets}: Jira, GitHub or CSV exports into the ticket knowledge graph. */
@Command(name = "tickets", mixinStandardHelpOptions = true,
        description = "Load issue-tracker tickets (Jira REST search JSON, GitHub issues JSON, or CSV such as a Jira export)"
                + " as tickets with section trees, explicit links, mentions and SIMILAR_TO links, with embeddings in the"
                + " search index (DIR/search/tickets).")
final class IngestTicketsCommand extends StoreCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jira, github or csv.",
            completionCandidates = IngestFormats.Tickets.class)
    String format;

    @Option(names = "--links", paramLabel = "FILE", description = "CSV: a links file with columns 'Issue id, Duplicate id'.")
    Path links;

    @Mixin
    MaxErrorsOption errors;

    @Option(names = "--similar-threshold", defaultValue = "0.75",
            description = "Least title cosine for a SIMILAR_TO link (default: ${DEFAULT-VALUE}).")
    double similarThreshold;

    @Option(names = "--similar-k", defaultValue = "5", description = "Neighbours looked up per ticket (default: ${DEFAULT-VALUE}).")
    int similarK;

    @Mixin
    EmbeddingModelOptions embedding;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files (several Jira pages are fine).")
    List<Path> files;

    @Override
    public void run() {
        Ingestor ingestor = Ingestors.get(Ingestors.TICKETS, format);
        IngestOptions options = errors.options().withLinks(links).withSimilar(similarThreshold, similarK)
                .withEmbeddingModel(embedding.chosen());
        ProgressLine progress = new ProgressLine(output.err(), "tickets");
        TicketIngest.Result result;
        try (GraphStore s = store.open(); SearchIndex index = TicketIndex.open(s)) {
            result = (TicketIngest.Result) ingestor.ingest(s, files, options.withSearchIndex(index),
                    p -> progress.update(p.records(), 0, p.stage()));
        }
        double seconds = progress.finish();
        if (output.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("run", result.run().id());
            o.put("status", result.run().status());
            o.put("tickets", result.parse().records());
            o.put("created_or_changed", result.changed());
            o.put("unchanged", result.unchanged());
            o.put("sections", result.sections());
            o.put("similar_links", result.similar());
            o.put("skipped", result.parse().skipped());
            o.put("errors", result.parse().errors());
            o.put("dates_unparsed", result.parse().datesUnparsed());
            o.put("embedding_model", result.embeddingModel().id());
            o.put("embedding_max_tokens", result.embeddingMaxTokens());
            o.put("seconds", Math.round(seconds * 1000) / 1000.0);
            o.put("tickets_per_s", Console.tenths(result.parse().records() / Math.max(1e-3, seconds)));
            Console.json(output.out(), o);
            return;
        }
        IngestSummary.line(output.out(), result.run(), seconds);
        output.out().printf(Locale.ROOT, "%,d tickets read (%,d new or changed, %,d unchanged), %,d sections embedded"
                        + " (%s, cut to %d wordpieces), %,d SIMILAR_TO links, %,d skipped, %,d dates unparsed (kept as text); %.1f tickets/s%n",
                result.parse().records(), result.changed(), result.unchanged(), result.sections(), result.embeddingModel().id(), result.embeddingMaxTokens(),
                result.similar(), result.parse().skipped(), result.parse().datesUnparsed(), result.parse().records() / Math.max(1e-3, seconds));
        result.parse().errors().forEach(e -> output.err().println("skipped: " + e));
    }
}
