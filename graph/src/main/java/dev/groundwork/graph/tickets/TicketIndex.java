package dev.groundwork.graph.tickets;

import dev.groundwork.graph.search.Neo4jSearchIndex;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;

/**
 * The tickets' search index: its name, and the one way to open it for a store. The ticket ingestor writes one
 * document per ticket section into it; ticket retrieval, re-indexing and the demo read it. Stateless.
 *
 * <pre>{@code
 * try (SearchIndex index = TicketIndex.open(store)) {
 *     List<SearchIndex.Hit> hits = index.searchText("checksum crc32", 10, Set.of());
 * }
 * }</pre>
 */
public final class TicketIndex {
    /** The index's name: the Lucene files live under {@code SearchIndex.directory(dataDir, NAME)}. */
    public static final String NAME = Neo4jSearchIndex.TICKETS;

    private TicketIndex() {}

    /**
     * Opens (or creates) the tickets' index of {@code store}, of the kind its configuration names ({@code --search-index}):
     * Lucene files beside the database, or the database's own indexes. The caller closes it.
     */
    public static SearchIndex open(GraphStore store) {
        return SearchIndex.open(store, NAME);
    }
}
