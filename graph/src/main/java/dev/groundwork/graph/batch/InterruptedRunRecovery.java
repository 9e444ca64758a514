package dev.groundwork.graph.batch;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreOpenHook;

/**
 * On every store open, rolls back ingest runs left RUNNING by a process that is gone and marks them
 * INTERRUPTED ({@link IngestRuns#recoverInterrupted}). Registered as a {@link StoreOpenHook} service.
 * Stateless and thread-safe.
 */
public final class InterruptedRunRecovery implements StoreOpenHook {
    @Override
    public void opened(GraphStore store) {
        IngestRuns.recoverInterrupted(store);
    }
}
