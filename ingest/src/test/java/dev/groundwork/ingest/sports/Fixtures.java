package dev.groundwork.ingest.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.IngestOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The test fixtures under {@code src/test/resources/sports}, as directories. */
final class Fixtures {
    private Fixtures() {}

    /** Ingests {@code source} as {@code format} with the default options and no progress output. */
    static SportsIngest.Summary ingest(GraphStore store, String format, Path source) {
        return SportsIngest.ingest(store, format, List.of(source), IngestOptions.DEFAULTS, progress -> { });
    }

    /** The single number a counting query returns. */
    static long count(GraphStore store, String cypher) {
        return store.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    static Path dir(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/sports/" + name + "/README.md"), name).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the directory {@code from} to {@code to}, for a test that changes a fixture. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
