package dev.groundwork.api.cli;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import picocli.CommandLine.Option;

import java.util.function.Function;

/**
 * {@code --bulk} of {@code ingest triples} and {@code ingest commonsense}, and the choice it makes: Neo4j's parallel
 * importer into the closed, empty store, or transactions into the opened one. A picocli mixin; one per command
 * invocation.
 *
 * <pre>{@code
 * IngestRun run = bulk.load(store, config -> TripleIngest.bulk(config, ...).run(), s -> ingestor.ingest(s, ...).run());
 * }</pre>
 */
final class BulkLoadOption {
    @Option(names = "--bulk", description = "Load an empty embedded store (no nodes, no relationships) with Neo4j's parallel importer"
            + " instead of transactions: the same graph, at importer speed; the store is closed while it runs.")
    boolean bulk;

    /** With {@code --bulk}, {@code importer} loads the store of {@code store} while it is closed; otherwise {@code transactions} write into it. */
    IngestRun load(StoreOptions store, Function<StoreConfig, IngestRun> importer, Function<GraphStore, IngestRun> transactions) {
        if (bulk) {
            return importer.apply(store.config());
        }
        return store.using(transactions);
    }
}
