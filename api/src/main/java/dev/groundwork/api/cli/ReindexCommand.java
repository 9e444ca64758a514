package dev.groundwork.api.cli;

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.tickets.graph.TicketReindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code groundwork reindex}: rebuilds the search index from the graph. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the ticket search index (DIR/search/tickets: BM25 text and the vectors of every section)"
                + " from the graph alone; with --embedding-model, re-embed every section with that model (recorded with the"
                + " index).",
        footer = "--json: {\"sections\": N, \"embedding_model\": M, \"seconds\": S}.")
final class ReindexCommand extends StoreCommand {

    @Mixin
    EmbeddingModelOptions embedding;

    @Override
    public void run() {
        ProgressLine progress = new ProgressLine(output.err(), "sections");
        long sections;
        EmbeddingModel model;
        try (GraphStore s = store.open(); SearchIndex index = TicketIndex.open(s)) {
            model = embedding.chosen().or(index::embeddingModel).orElse(EmbeddingModel.TICKETS_DEFAULT);
            sections = TicketReindex.rebuild(s, index, TextEmbedder.shared(model), n -> progress.update(n, 0, "reindex"));
        }
        double seconds = progress.finish();
        output.print(Map.of("sections", sections, "embedding_model", model.id(), "seconds", Console.tenths(seconds)),
                out -> out.printf("Reindexed %,d sections with %s in %.1f s%n", sections, model.id(), seconds));
    }
}
