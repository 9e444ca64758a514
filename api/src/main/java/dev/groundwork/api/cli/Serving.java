package dev.groundwork.api.cli;

import dev.groundwork.api.server.GroundworkServer;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs Groundwork as a server until the process is asked to stop: opens the store, starts HTTP,
 * records the Bolt address in the data directory for other commands, prints the READY line, and on
 * Ctrl-C stops HTTP and then Neo4j cleanly.
 */
final class Serving {
    private Serving() {}

    /**
     * Serves until interrupted.
     *
     * @param linkModel the link-prediction model file GraphQL serves, if any
     * @param beforeReady work to do on the open store before announcing readiness (the demo loads data here)
     * @param afterReady what to tell a person once serving (ignored with {@code json})
     */
    static void serve(StoreConfig config, String host, int port, Optional<Path> linkModel, boolean json, PrintWriter out,
                      PrintWriter err, Consumer<GraphStore> beforeReady, Function<GroundworkServer, String> afterReady) {
        GraphStore store = GraphStore.open(config);
        if (store.mode() == GraphStore.Mode.ATTACHED) {
            store.close();
            throw new ConfigurationException("a Groundwork server already serves data directory " + config.dataDir()
                    + "; stop it first, or use another --db");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        GroundworkServer server;
        try {
            beforeReady.accept(store);
            server = GroundworkServer.start(store, host, port, linkModel);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Thread hook = new Thread(() -> {
            err.println("Stopping Groundwork...");
            err.flush();
            server.close();
            store.close();
            stopped.countDown();
        }, "groundwork-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        store.advertise(server.baseUrl());
        announce(store, server, json, out, err);
        if (!json) {
            err.print(afterReady.apply(server));
            err.flush();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void announce(GraphStore store, GroundworkServer server, boolean json, PrintWriter out, PrintWriter err) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("ready", true);
            o.put("graphql", server.graphqlUrl());
            o.put("graphiql", server.graphiqlUrl());
            o.put("bolt", store.boltUri().toString());
            o.put("db", store.config().dataDir().toString());
            Console.json(out, o);
            return;
        }
        err.printf("""
                Groundwork is serving the graph in %s (%s)
                  GraphQL   %s
                  GraphiQL  %s   (open it in a browser)
                  Bolt      %s   (Neo4j Browser, Neo4j Desktop, cypher-shell; no authentication on loopback)
                  Health    %s/health
                Press Ctrl-C to stop.
                """, store.config().dataDir(), store.mode().name().toLowerCase(java.util.Locale.ROOT),
                server.graphqlUrl(), server.graphiqlUrl(), store.boltUri(), server.baseUrl());
        err.flush();
        out.println("READY " + server.graphqlUrl() + " " + store.boltUri());
        out.flush();
    }
}
