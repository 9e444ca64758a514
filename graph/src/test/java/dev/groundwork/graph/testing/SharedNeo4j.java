package dev.groundwork.graph.testing;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A JUnit 5 extension that gives tests one embedded Neo4j per test JVM (it takes about 10 s to
 * start and as long to stop), reached through the driver like any other, with the graph wiped
 * before each test class. Inject it as a {@link GraphStore} parameter.
 *
 * <pre>{@code
 * @ExtendWith(SharedNeo4j.class)
 * class MyTest {
 *     @Test void writes(GraphStore store) { ... }
 * }
 * }</pre>
 */
public final class SharedNeo4j implements BeforeAllCallback, ParameterResolver {
    private static final String WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

    @Override
    public void beforeAll(ExtensionContext context) {
        empty(store(context));
    }

    /** Deletes every node and relationship of {@code store} (its schema stays), for a test that needs an empty graph again. */
    public static void empty(GraphStore store) {
        try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
            session.run(WIPE).consume();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GraphStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context);
    }

    /** The shared store, started on first use and stopped when the test JVM's run ends. */
    public static GraphStore store(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class).store;
    }

    static final class Holder implements AutoCloseable {
        final Path dir;
        final GraphStore store;

        Holder() {
            try {
                dir = Files.createTempDirectory("groundwork-test-neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = GraphStore.open(StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(64).build());
        }

        @Override
        public void close() throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
