package dev.groundwork.api.cli;

import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store an evaluation runs on: the one {@code --db} names, or a temporary embedded database on
 * a free port that is deleted afterwards.
 */
final class EvalStore implements AutoCloseable {
    private final GraphStore store;
    private final Path temporary;

    private EvalStore(GraphStore store, Path temporary) {
        this.store = store;
        this.temporary = temporary;
    }

    static EvalStore open(StoreOptions options, boolean dbGiven) {
        if (dbGiven || options.uri != null) {
            return new EvalStore(options.open(), null);
        }
        try {
            Path dir = Files.createTempDirectory("groundwork-eval");
            options.db = dir;
            options.boltPort = 0;
            return new EvalStore(options.open(), dir);
        } catch (IOException e) {
            throw new UnavailableException("cannot create a temporary database directory: " + e.getMessage(), e);
        }
    }

    GraphStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        if (temporary != null) {
            try (Stream<Path> files = Files.walk(temporary)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary directory left behind is harmless.
            }
        }
    }
}
