package dev.groundwork.graph.store;

/**
 * Work every {@link GraphStore} does right after it opens and installs the schema, such as rolling
 * back ingest runs whose process died. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.groundwork.graph.store.StoreOpenHook}), so that the store depends on
 * no package that itself depends on the store. A hook that fails is logged and the store stays open:
 * a read-only user of a remote server cannot repair what a hook repairs, and still reads.
 *
 * <p>Implementations must be stateless and thread-safe, with a public no-argument constructor.
 */
public interface StoreOpenHook {
    /** Runs once for each opened store, on the opening thread. */
    void opened(GraphStore store);
}
