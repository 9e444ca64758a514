package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.SearchIndexKind;
import dev.groundwork.graph.store.StoreConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.function.Function;

/** The options of every command that touches the database. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "The embedded database's directory (default: ./data; for demo ./data/demo).")
    Path db;

    @Option(names = "--bolt-port", paramLabel = "N", defaultValue = "7687",
            description = "Bolt port of the embedded database; 0 = a free port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--bolt-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the embedded Bolt connector binds to; anything but loopback requires a password"
                    + " (default: ${DEFAULT-VALUE}).")
    String boltHost;

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "A remote Neo4j server or cluster (bolt://, neo4j://, neo4j+s:// ...) instead of the embedded database.")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "neo4j",
            description = "User for the remote server (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password (or GROUNDWORK_NEO4J_PASSWORD); without a value it is asked for.")
    String password;

    @Option(names = "--neo4j-database", paramLabel = "NAME", description = "Database name on a server with several.")
    String database;

    @Option(names = "--page-cache", paramLabel = "MIB", defaultValue = "" + StoreConfig.DEFAULT_PAGE_CACHE_MEBIBYTES,
            description = "Page cache of the embedded database in MiB; large ingests want the store to fit (default: ${DEFAULT-VALUE}).")
    int pageCache = StoreConfig.DEFAULT_PAGE_CACHE_MEBIBYTES;

    @Option(names = "--search-index", paramLabel = "KIND", defaultValue = "lucene",
            description = "Where the ticket search index lives: lucene (files in --db, one server) or neo4j (the database's"
                    + " own full-text and vector indexes, shared by every server over one database) (default: ${DEFAULT-VALUE}).")
    String searchIndex = "lucene";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether {@code --db} was given on the command line (an evaluation then runs on it rather than on a temporary store). */
    boolean dbGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--db");
    }

    StoreConfig config() {
        return config(Path.of("data"));
    }

    StoreConfig config(Path defaultDb) {
        if (pageCache < StoreConfig.MIN_PAGE_CACHE_MEBIBYTES) {
            throw new BadInputException("--page-cache must be at least " + StoreConfig.MIN_PAGE_CACHE_MEBIBYTES + " (MiB), got " + pageCache);
        }
        return StoreConfig.builder().dataDir(db == null ? defaultDb : db).boltHost(boltHost).boltPort(boltPort).uri(uri)
                .user(user).password(password).database(database).pageCacheMebibytes(pageCache).searchIndex(SearchIndexKind.parse(searchIndex)).build();
    }

    GraphStore open() {
        return GraphStore.open(config());
    }

    /** What {@code work} returns from the store, opened for it and closed when it returns or throws. */
    <T> T using(Function<GraphStore, T> work) {
        try (GraphStore s = open()) {
            return work.apply(s);
        }
    }
}
