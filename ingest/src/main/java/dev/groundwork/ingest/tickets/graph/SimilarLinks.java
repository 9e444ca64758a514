package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.ingest.IngestProgress;

import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.search.SearchIndex;

import java.util.Map;
import java.util.Set;

/**
 * Finds each written ticket's nearest tickets by title embedding through the index's HNSW graph
 * (top-k, never all pairs) and links those at or above the threshold with {@code SIMILAR_TO {score}}.
 */
final class SimilarLinks {
    private static final String SUMMARY = "SUMMARY";
    private final BatchWriter writer;
    private final SearchIndex index;
    private final double threshold;
    private final int k;

    SimilarLinks(BatchWriter writer, SearchIndex index, double threshold, int k) {
        this.writer = writer;
        this.index = index;
        this.threshold = threshold;
        this.k = k;
    }

    long link(Map<String, float[]> titles, IngestProgress progress) {
        long links = 0;
        long done = 0;
        Set<String> pairs = new java.util.HashSet<>();
        for (var e : titles.entrySet()) {
            if (k > 0) {
                for (SearchIndex.Hit hit : index.searchVector(e.getValue(), k, Set.of(e.getKey()), SUMMARY)) {
                    String a = e.getKey();
                    String b = hit.group();
                    // Neighbourhood is symmetric enough that both ends find each other; one undirected link per pair.
                    if (hit.score() >= threshold && pairs.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a)) {
                        writer.write(TicketStatements.SIMILAR, "embeddings", ++links,
                                Map.of("from", e.getKey(), "to", hit.group(), "score", hit.score()));
                    }
                }
            }
            if (++done % 500 == 0) {
                progress.update(new IngestProgress.Update("similar", "", 0, -1, done, links, null));
            }
        }
        writer.flush();
        return links;
    }
}
