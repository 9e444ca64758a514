package dev.groundwork.graph.store;

import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.UnavailableException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Neo4j database that runs inside this JVM, reachable only over its Bolt connector: the rest of
 * Groundwork talks to it through the driver, as it would to a remote server.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String SET_PASSWORD = "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
    private static final java.time.Duration SHUTDOWN_QUIET_PERIOD = java.time.Duration.ofMillis(100);

    private final DatabaseManagementService dbms;
    private final InetSocketAddress bolt;

    private EmbeddedNeo4j(DatabaseManagementService dbms, InetSocketAddress bolt) {
        this.dbms = dbms;
        this.bolt = bolt;
    }

    static EmbeddedNeo4j start(StoreConfig config) {
        Path home = prepareDirectory(config.dataDir());
        checkPortFree(config.boltHost(), config.boltPort());
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(config.boltHost(), config.boltPort()))
                    .setConfig(GraphDatabaseSettings.auth_enabled, config.authEnabled())
                    .setConfig(GraphDatabaseSettings.pagecache_memory, config.pageCacheMebibytes() * 1024L * 1024L)
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Background sampling rescans a whole index each time a tenth of it has changed; during a
                    // large ingest that rescanned the growing gwRun indexes over and over, took both cores
                    // and stalled the writer. Every ingest run asks for a resample when it ends instead.
                    .setConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
                    // LOAD CSV must never read the machine's files, even from a query run with --write
                    // (docs/security.md); CypherValidator also refuses LOAD CSV outright.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    // Netty waits this long for new tasks before each of the Bolt server's event loops stops, and
                    // it stops them after the databases, when no task can do any work: the default 5 s made every
                    // close take over 10 s, in each command and each test that opens a store.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, SHUTDOWN_QUIET_PERIOD)
                    .build();
        } catch (RuntimeException e) {
            throw translateStartFailure(config, e);
        }
        try {
            if (config.authEnabled()) {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(SET_PASSWORD,
                        Map.of("user", config.user(), "password", config.password()));
            }
            InetSocketAddress address = boltAddress(dbms, config);
            LOG.info("Embedded Neo4j started in {} ms at {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
                    home, address);
            return new EmbeddedNeo4j(dbms, address);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new UnavailableException("embedded Neo4j in " + home + " started but is not usable: " + e.getMessage(), e);
        }
    }

    /**
     * The default database, for the one thing done without the driver: creating the ontology's schema, which through
     * Cypher is parsed and planned statement by statement (OntologySchema#install(GraphDatabaseService)).
     */
    org.neo4j.graphdb.GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    InetSocketAddress boltAddress() {
        return bolt;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static Path prepareDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("data directory " + dir + " cannot be created (" + describe(e)
                    + "); choose another with --db DIR", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new ConfigurationException("data directory " + dir + " is not a writable directory; choose another with --db DIR");
        }
        Path probe = dir.resolve(".groundwork-write-probe");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new ConfigurationException("data directory " + dir + " is not writable (" + describe(e)
                    + "); choose another with --db DIR", e);
        }
        return dir;
    }

    /** Neo4j reports a taken port deep inside a start-up failure; checking first gives the user one clear line. */
    private static void checkPortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new ConfigurationException("Bolt port " + port + " on " + host + " is already in use; stop what holds it,"
                    + " or choose another with --bolt-port N (0 = a free port)", e);
        }
    }

    private static InetSocketAddress boltAddress(DatabaseManagementService dbms, StoreConfig config) {
        var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var registered = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (registered == null) {
            throw new UnavailableException("embedded Neo4j did not open its Bolt connector on "
                    + config.boltHost() + ":" + config.boltPort());
        }
        return new InetSocketAddress(config.boltHost(), registered.getPort());
    }

    private static RuntimeException translateStartFailure(StoreConfig config, RuntimeException e) {
        String chain = describeChain(e);
        if (chain.contains("lock") || chain.contains("Lock")) {
            return new ConfigurationException("data directory " + config.dataDir() + " is in use by another Neo4j process"
                    + " (store lock held); stop it, or start 'groundwork serve' there and let other commands connect to it", e);
        }
        if (chain.contains("Address already in use")) {
            return new ConfigurationException("Bolt port " + config.boltPort() + " on " + config.boltHost()
                    + " is already in use; choose another with --bolt-port N (0 = a free port)", e);
        }
        return new UnavailableException("embedded Neo4j failed to start in " + config.dataDir() + ": " + chain
                + " (Neo4j's own log is in " + config.dataDir().resolve("logs") + ")", e);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String describeChain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 2000; t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(describe(t));
        }
        return sb.toString();
    }
}
