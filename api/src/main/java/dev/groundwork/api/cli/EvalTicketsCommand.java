package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.SearchIndexKind;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.query.tickets.RetrievalPart;
import dev.groundwork.query.tickets.TicketRetriever;
import dev.groundwork.query.tickets.eval.GraphAblation;
import dev.groundwork.query.tickets.eval.BenchmarkReport;
import dev.groundwork.query.tickets.eval.BenchmarkResult;
import dev.groundwork.query.tickets.eval.DuplicateBenchmark;
import dev.groundwork.query.tickets.eval.GraphRanker;
import dev.groundwork.query.tickets.eval.GraphTuning;
import dev.groundwork.query.tickets.eval.RetrievalSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code groundwork eval tickets}: the duplicate-retrieval benchmark on a GitBugs-style dataset
 * (bugs.csv and duplicates.csv): bm25, chunks and the graph method in one run.
 */
@Command(name = "tickets", mixinStandardHelpOptions = true, footer = "--json: {\"systems\": {...}}.",
        description = "Duplicate-ticket retrieval: each ticket of duplicates.csv (both directions) asks for its partners"
                + " among all other tickets. Systems: bm25 (flat text), chunks (256-token chunks, embedded), graph"
                + " (the ticket knowledge graph). The graph is built from bugs.csv alone: the duplicate links are the"
                + " answers, so they never enter it. chunks and graph embed with the same --embedding-model.")
final class EvalTicketsCommand extends StoreCommand {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The dataset: bugs.csv and duplicates.csv.")
    Path data;

    @Option(names = "--systems", split = ",", defaultValue = "bm25,chunks,graph",
            description = "Systems to run (default: ${DEFAULT-VALUE}).")
    List<String> systems;

    @Option(names = "--tune", description = "Also run the graph method with weights chosen by grid search on the odd-id"
            + " queries, reported on the held-out even ones alone as systems.graph_tuned; the headline graph row stays the"
            + " untuned defaults (the unweighted sum of standardised evidence).")
    boolean tune;

    @Option(names = "--without", split = ",", paramLabel = "PART",
            description = "Switch off structural parts of the graph method: whole-ticket (BM25 against each ticket's whole"
                    + " text instead of its best section; on by default), section-match (title against titles, body"
                    + " against bodies), mentions (shared exception classes, error codes ...), identifiers (shared code"
                    + " identifiers: configuration keys, paths, class names, versions), neighbours (evidence"
                    + " from linked and SIMILAR_TO tickets), near-in-time (how near to the query ticket a ticket was filed;"
                    + " on by default). Parts off by default stay off.")
    List<String> without = List.of();

    @Option(names = "--ablation", description = "Also report the graph method's MRR (odd, even, all) with each part switched,"
            + " from one pass over the queries, as the 'ablation' block.")
    boolean ablation;

    @Mixin
    EmbeddingModelOptions embedding;

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
        Path bugs = data.resolve("bugs.csv");
        if (!Files.isRegularFile(bugs) || !Files.isRegularFile(data.resolve("duplicates.csv"))) {
            throw new BadInputException("--data must be a directory with bugs.csv and duplicates.csv, got " + data);
        }
        List<RetrievalSystem> chosen = systems.stream().map(EvalTicketsCommand::system).toList();
        var err = output.err();
        DuplicateBenchmark benchmark = DuplicateBenchmark.loadHadoop(data);
        List<BenchmarkResult> results = new ArrayList<>();
        Map<String, Object> ingest = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        RetrievalPart.parse(without);
        // One model for chunks and graph, so that the baseline and the method differ in method alone.
        EmbeddingModel model = embedding.chosen().orElse(EmbeddingModel.TICKETS_DEFAULT);
        ingest.put("embedding_model", model.id());
        for (RetrievalSystem s : chosen) {
            if (s != RetrievalSystem.GRAPH) {
                err.printf("Running %s ...%n", s.name().toLowerCase(Locale.ROOT));
                err.flush();
                BenchmarkResult r = benchmark.run(s, model);
                if (s == RetrievalSystem.CHUNKS) {
                    ingest.put("chunks_index_seconds", Console.tenths(r.indexTime().toMillis() / 1000.0));
                }
                results.add(r);
            }
        }
        if (chosen.contains(RetrievalSystem.GRAPH)) {
            results.add(runGraph(benchmark, bugs, model, ingest, extra));
        }
        Map<String, Object> report = BenchmarkReport.of(benchmark, results);
        if (extra.containsKey("graph_tuned")) {
            ((Map<String, Object>) report.get("systems")).put("graph_tuned", extra.get("graph_tuned"));
        }
        if (extra.containsKey("ablation")) {
            report.put("ablation", extra.get("ablation"));
        }
        report.put("ingest", ingest);
        output.print(report, out -> table(out, report));
    }

    private BenchmarkResult runGraph(DuplicateBenchmark benchmark, Path bugs, EmbeddingModel model, Map<String, Object> ingest,
                                     Map<String, Object> extra) {
        var err = output.err();
        boolean dbGiven = store.dbGiven();
        try (EvalStore eval = EvalStore.open(store);
             SearchIndex index = dbGiven || SearchIndexKind.parse(store.searchIndex) == SearchIndexKind.NEO4J ? TicketIndex.open(eval.store())
                     : SearchIndex.inMemory()) {
            ProgressLine progress = new ProgressLine(err, "tickets");
            var r = (TicketIngest.Result) Ingestors.get(Ingestors.TICKETS, "csv").ingest(eval.store(), List.of(bugs),
                    IngestOptions.DEFAULTS.withEmbeddingModel(model).withSearchIndex(index), p -> progress.update(p.records(), 0, p.stage()));
            double seconds = progress.finish();
            ingest.put("tickets", r.parse().records());
            ingest.put("sections", r.sections());
            ingest.put("dates_unparsed", r.parse().datesUnparsed());
            ingest.put("similar_links", r.similar());
            ingest.put("seconds", Console.tenths(seconds));
            ingest.put("tickets_per_s", Console.tenths(r.parse().records() / Math.max(1e-3, seconds)));
            ingest.put("embedding_max_tokens", r.embeddingMaxTokens());
            err.println("Running graph ...");
            err.flush();
            TicketRetriever.Weights weights = TicketRetriever.Weights.DEFAULTS.without(RetrievalPart.parse(without));
            var retriever = new TicketRetriever(eval.store(), index, TextEmbedder.shared(model), weights);
            ingest.put("graph_weights", weights);
            BenchmarkResult graph = benchmark.run(RetrievalSystem.GRAPH, new GraphRanker(retriever));
            if (ablation) {
                err.println("Running the ablation ...");
                err.flush();
                extra.put("ablation", GraphAblation.run(benchmark, retriever, weights));
            }
            if (tune) {
                GraphTuning.Outcome t = GraphTuning.tune(benchmark, retriever);
                err.printf("Tuned on %d odd-id queries over %d weightings: %s (MRR %.4f)%n", t.tuningQueries(), t.combinations(),
                        t.best(), t.tuningMrr());
                var tuned = new TicketRetriever(eval.store(), index, TextEmbedder.shared(model), t.best());
                Map<String, Object> row = BenchmarkReport.heldOut(benchmark, benchmark.run(RetrievalSystem.GRAPH, new GraphRanker(tuned)));
                row.put("weights", t.best());
                extra.put("graph_tuned", row);
            }
            return graph;
        }
    }

    private static RetrievalSystem system(String name) {
        try {
            return RetrievalSystem.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--systems must list bm25, chunks or graph, got '" + name + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static void table(PrintWriter out, Map<String, Object> report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String split : List.of("systems", "even", "odd")) {
            ((Map<String, Map<String, Object>>) report.get(split)).forEach((name, m) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("queries", split.equals("systems") ? m.getOrDefault("queries", "all") : split);
                row.put("system", name);
                row.putAll(m);
                rows.add(row);
            });
        }
        Console.table(out, List.of("queries", "system", "mrr", "recall1", "recall3", "recall10", "ndcg1", "ndcg3", "ndcg10",
                "p50_ms", "p95_ms", "n"), rows);
        out.println("graph MRR gain, paired bootstrap 95%: " + report.get("graph_mrr_gain"));
        out.println("ingest: " + report.get("ingest"));
        if (report.containsKey("ablation")) {
            out.println("ablation (MRR odd/even/all): " + report.get("ablation"));
        }
    }
}
