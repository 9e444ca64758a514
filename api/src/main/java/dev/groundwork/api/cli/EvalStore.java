package dev.groundwork.api.cli;

import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store an evaluation runs on: the one {@code --db} names, or a temporary embedded database on
 * a free port that is deleted afterwards. Not thread-safe; lifetime: one evaluation.
 *
 * <pre>{@code
 * try (EvalStore eval = EvalStore.open(storeOptions)) {
 *     results = SportsEval.evaluate(eval.store(), data);
 * }
 * }</pre>
 *
 * @param store     the opened store, closed by {@link #close()}
 * @param temporary the directory of a temporary database, deleted by {@link #close()}; null for the one {@code --db} names
 */
record EvalStore(GraphStore store, Path temporary) implements AutoCloseable {

    /** The store {@code --db} or {@code --neo4j-uri} names when one was given on the command line, otherwise a temporary one. */
    static EvalStore open(StoreOptions options) {
        if (options.dbGiven() || options.uri != null) {
            return new EvalStore(options.open(), null);
        }
        return temporaryLoaded(options, config -> { });
    }

    /**
     * A new temporary embedded database on a free port that {@code load} fills while it is closed (a bulk import),
     * then opened; deleted on close.
     */
    static EvalStore temporaryLoaded(StoreOptions options, java.util.function.Consumer<StoreConfig> load) {
        Path dir = temporaryDirectory();
        options.db = dir;
        options.boltPort = 0;
        try {
            load.accept(options.config());
            return new EvalStore(options.open(), dir);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** A new empty embedded database in a temporary directory, on a free port: for benchmarks that must start empty. */
    static EvalStore temporary(int pageCacheMebibytes) {
        Path dir = temporaryDirectory();
        try {
            return new EvalStore(GraphStore.open(StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(pageCacheMebibytes).build()), dir);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("groundwork-eval");
        } catch (IOException e) {
            throw new UnavailableException("cannot create a temporary database directory: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        store.close();
        if (temporary != null) {
            delete(temporary);
        }
    }

    /** Deletes a temporary file or directory tree; one left behind is harmless. */
    static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }
}
