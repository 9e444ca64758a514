package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A test server with an API key and a temporary ingest root that holds {@code mini.txt} (four
 * CN-100K triples); tests write more files into {@link #root()}. Closing stops the server and deletes
 * the root. Not thread-safe.
 *
 * @param root   the ingest root, deleted on {@link #close()}
 * @param server the running server
 * @param jobs   a client of its ingest-job API that sends the key
 */
public record IngestJobServer(Path root, GroundworkServer server, IngestJobClient jobs) implements AutoCloseable {
    /** Starts it with {@code queue} jobs allowed to wait behind the running one. */
    public static IngestJobServer start(GraphStore store, String key, int queue) throws Exception {
        Path root = Files.createTempDirectory("ingestjob-root");
        Files.copy(Path.of(IngestJobServer.class.getResource("/commonsense/mini.txt").toURI()), root.resolve("mini.txt"));
        System.setProperty("groundwork.api.key", key);
        System.setProperty("groundwork.api.ingest-root", root.toString());
        System.setProperty("groundwork.api.ingest-queue", Integer.toString(queue));
        try {
            GroundworkServer server = GroundworkServer.start(store, "127.0.0.1", 0);
            return new IngestJobServer(root, server, new IngestJobClient(new GraphQLClient(server.graphqlUrl()), key));
        } finally {
            System.clearProperty("groundwork.api.key");
            System.clearProperty("groundwork.api.ingest-root");
            System.clearProperty("groundwork.api.ingest-queue");
        }
    }

    /** {@code n} triples that link {@code prefix}0 to {@code prefix}1 and so on by {@code relation}, a line each. */
    public static String chain(String prefix, String relation, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i + "\t" + relation + "\t" + prefix + (i + 1) + "\n").collect(Collectors.joining());
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
