package dev.groundwork.api.server;

import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.predictedlinks.PredictedLinks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side of Groundwork: GraphQL at {@code /graphql}, GraphiQL at {@code /graphiql}, the
 * streamed answer at {@code /ask/stream} and health at {@code /health}, served by Micronaut over a
 * {@link GraphStore} that the caller opened and still owns. Thread-safe; lifetime: from {@link #start} to {@link #close}.
 *
 * <pre>{@code
 * try (GroundworkServer server = GroundworkServer.start(store, "127.0.0.1", 0)) {
 *     System.out.println(server.graphqlUrl());
 * }
 * }</pre>
 */
public final class GroundworkServer implements AutoCloseable {
    private final ApplicationContext context;
    private final EmbeddedServer server;

    private GroundworkServer(ApplicationContext context, EmbeddedServer server) {
        this.context = context;
        this.server = server;
    }

    /**
     * Starts the HTTP server on {@code host:port} (0 = a free port) without a link-prediction model.
     *
     * @throws ConfigurationException when the port is taken or out of range
     */
    public static GroundworkServer start(GraphStore store, String host, int port) {
        return start(store, host, port, Optional.empty());
    }

    /**
     * Starts the HTTP server on {@code host:port} (0 = a free port); with {@code linkModel}, the
     * GraphQL fields {@code predictLinks} and {@code scoreTriple} answer from that model file,
     * loaded once here, before the server accepts requests.
     *
     * @throws ConfigurationException when the port is taken or out of range, or a {@code groundwork.*} setting is wrong
     * @throws dev.groundwork.graph.NotFoundException when the model file does not exist
     * @throws dev.groundwork.graph.BadInputException when it is not a model file
     */
    public static GroundworkServer start(GraphStore store, String host, int port, Optional<Path> linkModel) {
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("--port must be between 0 and 65535 (0 = a free port), got " + port);
        }
        Object[] beans = linkModel.<Object[]>map(m -> new Object[] {store, PredictedLinks.load(m, store)})
                .orElseGet(() -> new Object[] {store});
        int actual = port == 0 ? freePort(host) : checkFree(host, port);
        ApplicationContext context;
        try {
            context = ApplicationContext.builder()
                    .environments("server")
                    .properties(Map.of("micronaut.server.host", host, "micronaut.server.port", actual))
                    .singletons(beans)
                    .start();
        } catch (RuntimeException e) {
            throw settingCause(e);
        }
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            return new GroundworkServer(context, server);
        } catch (RuntimeException e) {
            context.close();
            throw new UnavailableException("the HTTP server did not start on " + host + ":" + actual + ": " + e.getMessage(), e);
        }
    }

    /** A wrong setting (e.g. groundwork.llm.provider) comes out of bean creation wrapped: report it with its own message. */
    private static RuntimeException settingCause(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GroundworkException g) {
                return g;
            }
        }
        return e;
    }

    private static int checkFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
            return port;
        } catch (IOException e) {
            throw new ConfigurationException("HTTP port " + port + " on " + host + " is already in use; stop what holds it,"
                    + " or choose another with --port N (0 = a free port)", e);
        }
    }

    private static int freePort(String host) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new ConfigurationException("no free port on " + host + ": " + e.getMessage(), e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        String host = server.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
    }

    public String graphqlUrl() {
        return baseUrl() + "/graphql";
    }

    public String graphiqlUrl() {
        return baseUrl() + "/graphiql";
    }

    public int port() {
        return server.getPort();
    }

    /** The server's application context, for tests that inspect its beans and routes. */
    ApplicationContext context() {
        return context;
    }

    /** Stops the HTTP server; the store stays open. */
    @Override
    public void close() {
        context.close();
    }
}
