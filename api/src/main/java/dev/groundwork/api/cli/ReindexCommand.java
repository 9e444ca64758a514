package dev.groundwork.api.cli;

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.tickets.graph.TicketReindex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Map;

/** {@code groundwork reindex}: rebuilds the search index from the graph. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the ticket search index (DIR/search/tickets: BM25 text and the vectors of every section)"
                + " from the graph alone; with --embedding-model, re-embed every section with that model (recorded with the"
                + " index).")
final class ReindexCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Mixin
    EmbeddingModelOptions embedding;

    @Option(names = "--json", description = "Print {\"sections\": N, \"embedding_model\": M, \"seconds\": S} as one JSON object on the last line.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var cl = spec.commandLine();
        ProgressLine progress = new ProgressLine(cl.getErr(), "sections");
        long sections;
        EmbeddingModel model;
        try (GraphStore s = store.open(); SearchIndex index = SearchIndex.open(s, TicketIngest.INDEX)) {
            model = embedding.chosen().or(index::embeddingModel).orElse(EmbeddingModel.TICKETS_DEFAULT);
            sections = TicketReindex.rebuild(s, index, TextEmbedder.shared(model), n -> progress.update(n, 0, "reindex"));
        }
        double seconds = progress.finish();
        if (json) {
            Console.json(cl.getOut(), Map.of("sections", sections, "embedding_model", model.id(),
                    "seconds", Math.round(seconds * 10) / 10.0));
        } else {
            cl.getOut().printf("Reindexed %,d sections with %s in %.1f s%n", sections, model.id(), seconds);
        }
    }
}
