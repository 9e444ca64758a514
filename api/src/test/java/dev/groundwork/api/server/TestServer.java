package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs one Groundwork server on the shared test store ({@link SharedNeo4j}, which must be
 * extended first so that it empties the graph before) for the tests of one class: the class's data is loaded, then
 * the server started on a free port of 127.0.0.1 before its tests, and stopped after them. Not thread-safe; one per
 * test class.
 *
 * <pre>{@code
 * @ExtendWith(SharedNeo4j.class)
 * class MyTest {
 *     @RegisterExtension
 *     static final TestServer server = new TestServer(store -> ingest(store, ...));
 *
 *     @Test void answers() { GraphQLHttp.post(server.graphqlUrl(), "{ stats { mode } }"); }
 * }
 * }</pre>
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    /** What a test class puts into the graph before the server starts. */
    @FunctionalInterface
    public interface Data {
        void load(GraphStore store) throws Exception;
    }

    private final Data data;
    private GroundworkServer server;

    /** A server over the empty graph. */
    public TestServer() {
        this(store -> { });
    }

    public TestServer(Data data) {
        this.data = data;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        GraphStore store = SharedNeo4j.store(context);
        data.load(store);
        server = GroundworkServer.start(store, "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public String graphqlUrl() {
        return server.graphqlUrl();
    }

    public String baseUrl() {
        return server.baseUrl();
    }
}
