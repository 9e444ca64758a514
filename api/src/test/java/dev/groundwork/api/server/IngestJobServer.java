package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A test server with an API key and a temporary ingest root that holds {@code mini.txt} (four
 * CN-100K triples); tests write more files into {@link #root()}. Closing stops the server and deletes
 * the root. Not thread-safe.
 */
public final class IngestJobServer implements AutoCloseable {
    private final Path root;
    private final GroundworkServer server;
    private final IngestJobClient jobs;

    private IngestJobServer(Path root, GroundworkServer server, String key) {
        this.root = root;
        this.server = server;
        this.jobs = new IngestJobClient(new GraphQLClient(server.graphqlUrl()), key);
    }

    /** Starts it with {@code queue} jobs allowed to wait behind the running one. */
    public static IngestJobServer start(GraphStore store, String key, int queue) throws Exception {
        Path root = Files.createTempDirectory("ingestjob-root");
        Files.copy(Path.of(IngestJobServer.class.getResource("/commonsense/mini.txt").toURI()), root.resolve("mini.txt"));
        System.setProperty("groundwork.api.key", key);
        System.setProperty("groundwork.api.ingest-root", root.toString());
        System.setProperty("groundwork.api.ingest-queue", Integer.toString(queue));
        try {
            return new IngestJobServer(root, GroundworkServer.start(store, "127.0.0.1", 0), key);
        } finally {
            System.clearProperty("groundwork.api.key");
            System.clearProperty("groundwork.api.ingest-root");
            System.clearProperty("groundwork.api.ingest-queue");
        }
    }

    public Path root() {
        return root;
    }

    public GroundworkServer server() {
        return server;
    }

    public IngestJobClient jobs() {
        return jobs;
    }

    /** The graphql-transport-ws endpoint, {@code ws://host:port/graphql-ws}. */
    public String websocketUrl() {
        return server.baseUrl().replace("http://", "ws://") + "/graphql-ws";
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
