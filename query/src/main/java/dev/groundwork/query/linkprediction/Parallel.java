package dev.groundwork.query.linkprediction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * Runs numbered chunks of work on a fork-join pool of a fixed size. Callers split work by index so
 * that what a chunk computes never depends on which thread runs it; that keeps training
 * deterministic. Closing shuts the pool down; one instance lives as long as one training run.
 */
final class Parallel implements AutoCloseable {
    private final int threads;
    private final ForkJoinPool pool;

    Parallel(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    int threads() {
        return threads;
    }

    /** Runs {@code body} for every index in {@code [0, chunks)} and returns when all are done. */
    void forEach(int chunks, IntConsumer body) {
        if (pool == null || chunks == 1) {
            for (int i = 0; i < chunks; i++) {
                body.accept(i);
            }
            return;
        }
        List<ForkJoinTask<?>> tasks = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            int index = i;
            tasks.add(pool.submit(() -> body.accept(index)));
        }
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
    }

    /** Splits {@code [0, count)} into contiguous ranges, several a thread, and runs {@code body(from, to)} on each. */
    void forRange(int count, RangeBody body) {
        if (count == 0) {
            return;
        }
        int size = (count + threads * 4 - 1) / (threads * 4);
        forEach((count + size - 1) / size, index -> body.run(index * size, Math.min(count, (index + 1) * size)));
    }

    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
