package dev.groundwork.ingest.sports;

import dev.groundwork.graph.store.GraphStore;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The test fixtures under {@code src/test/resources/sports}, as directories. */
final class Fixtures {
    private Fixtures() {}

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
}
