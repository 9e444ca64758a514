package dev.groundwork.api.server;

import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * A JUnit 5 extension that runs one {@link IngestJobServer} on the shared test store ({@link SharedNeo4j}, extended
 * first) for the tests of one class: started, and the class's input files written into its ingest root, before the
 * tests; closed after them. Not thread-safe; one per test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final IngestJobFixture fixture = new IngestJobFixture("key", 1, root -> Files.writeString(root.resolve("a.tsv"), ...));
 *
 * @Test void loads() { fixture.jobs().await(fixture.jobs().submit(Map.of("kind", "triples", "path", "a.tsv"))); }
 * }</pre>
 */
public final class IngestJobFixture implements BeforeAllCallback, AfterAllCallback {
    /** Writes a test class's input files into the ingest root. */
    @FunctionalInterface
    public interface Files {
        void write(Path root) throws Exception;
    }

    private final String key;
    private final int queue;
    private final Files files;
    private IngestJobServer running;
    private GraphQLClient client;

    /** A server with API key {@code key} and {@code queue} jobs allowed to wait behind the running one. */
    public IngestJobFixture(String key, int queue, Files files) {
        this.key = key;
        this.queue = queue;
        this.files = files;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running = IngestJobServer.start(SharedNeo4j.store(context), key, queue);
        files.write(running.root());
        client = new GraphQLClient(running.server().graphqlUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        running.close();
    }

    public Path root() {
        return running.root();
    }

    /** A GraphQL client of the server (without the API key). */
    public GraphQLClient client() {
        return client;
    }

    /** A client of its ingest-job API that sends the key. */
    public IngestJobClient jobs() {
        return running.jobs();
    }

    public String baseUrl() {
        return running.server().baseUrl();
    }

    public String websocketUrl() {
        return running.websocketUrl();
    }
}
