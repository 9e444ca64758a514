package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;

import java.nio.file.Path;

/** Where the ticket search index lives: beside the data directory's database, also for a remote Neo4j. */
final class TicketSearch {
    private TicketSearch() {}

    static Path indexDir(GraphStore store) {
        return store.config().dataDir().resolve("search").resolve("tickets");
    }
}
