package dev.groundwork.graph.store;


import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.DeadlineExceededException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.schema.OntologySchema;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Groundwork's graph database: a Neo4j reached through the official Java driver, whether it runs
 * embedded in this JVM (the zero-setup default), in a {@code groundwork serve} process on the same
 * data directory, or on a remote server or cluster. Opening it also installs the schema declared by
 * the ontologies, idempotently.
 *
 * <p>Thread-safe: the driver pools connections, and sessions are cheap; open one per unit of work.
 * Lifetime: open once per process and close it on exit, which stops an embedded database.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(Path.of("data")).build())) {
 *     long n = store.read(tx -> tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong());
 * }
 * }</pre>
 */
public final class GraphStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    // The driver logs through java.util.logging; its INFO lines (a driver created, closed) are noise on the command line.
    private static final java.util.logging.Logger DRIVER_LOG = quietDriverLog();

    private static java.util.logging.Logger quietDriverLog() {
        var log = java.util.logging.Logger.getLogger("org.neo4j.driver");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** How the store reaches Neo4j. */
    public enum Mode {
        /** Neo4j runs in this JVM. */
        EMBEDDED,
        /** A {@code groundwork serve} process holds the data directory; this store is its Bolt client. */
        ATTACHED,
        /** A Neo4j server or cluster named by a URI. */
        REMOTE
    }

    private final StoreConfig config;
    private final Mode mode;
    private final URI boltUri;
    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final OntologySchema schema;
    private Duration schemaInstallTime = Duration.ZERO;
    private Duration schemaInstallCpuTime = Duration.ZERO;

    private GraphStore(StoreConfig config, Mode mode, URI boltUri, Driver driver, EmbeddedNeo4j embedded) {
        this.config = config;
        this.mode = mode;
        this.boltUri = boltUri;
        this.driver = driver;
        this.embedded = embedded;
        this.schema = OntologySchema.fromClasspath();
    }

    /**
     * Opens the store that {@code config} names: the remote URI if given, else the server running on the
     * data directory if there is one, else a new embedded database there. Then every {@link StoreOpenHook}
     * runs: ingest runs left RUNNING by a process that is gone are rolled back and marked INTERRUPTED.
     *
     * @throws ConfigurationException when a setting is wrong (scheme, port in use, directory not writable)
     * @throws UnavailableException when the database cannot be reached or started
     */
    public static GraphStore open(StoreConfig config) {
        GraphStore store = connect(config);
        try {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            if (store.embedded != null) {
                store.schema.install(store.embedded.database());
            } else {
                try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
                    store.schema.install(session);
                }
            }
            store.schemaInstallTime = Duration.ofNanos(System.nanoTime() - started);
            store.schemaInstallCpuTime = Duration.ofNanos(processCpuNanos() - cpuStarted);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        for (StoreOpenHook hook : java.util.ServiceLoader.load(StoreOpenHook.class, GraphStore.class.getClassLoader())) {
            try {
                hook.opened(store);
            } catch (RuntimeException e) {
                // A read-only user of a remote server cannot roll back; the run stays RUNNING for a command that can.
                LOG.warn("{} failed after opening the store: {}", hook.getClass().getSimpleName(), e.getMessage());
            }
        }
        return store;
    }

    private static GraphStore connect(StoreConfig config) {
        if (!config.embedded()) {
            return new GraphStore(config, Mode.REMOTE, config.uri(), connectDriver(config.uri(), config), null);
        }
        Optional<ServerRecord> server = ServerRecord.live(config.dataDir());
        if (server.isPresent()) {
            URI uri = server.get().boltUri();
            LOG.info("Connecting to the Groundwork server (pid {}) at {}", server.get().pid(), uri);
            return new GraphStore(config, Mode.ATTACHED, uri, connectDriver(uri, config), null);
        }
        EmbeddedNeo4j db = EmbeddedNeo4j.start(config);
        URI uri = URI.create("bolt://" + hostForUri(db.boltAddress().getHostString()) + ":" + db.boltAddress().getPort());
        try {
            return new GraphStore(config, Mode.EMBEDDED, uri, connectDriver(uri, config), db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static Driver connectDriver(URI uri, StoreConfig config) {
        AuthToken auth = config.password() == null ? AuthTokens.none() : AuthTokens.basic(config.user(), config.password());
        Config driverConfig = Config.builder()
                .withConnectionTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, driverConfig);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--neo4j-uri " + uri + " is not usable: " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (SecurityException e) {
            driver.close();
            throw new ConfigurationException("Neo4j at " + uri + " refused the credentials of user '" + config.user()
                    + "': " + e.getMessage() + " (set --neo4j-user and --neo4j-password or GROUNDWORK_NEO4J_PASSWORD)", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new UnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        } catch (Neo4jException e) {
            driver.close();
            throw new UnavailableException("Neo4j at " + uri + " answered with an error: " + e.getMessage(), e);
        }
    }

    /** The driver every part of Groundwork reaches the graph through. */
    public Driver driver() {
        return driver;
    }

    public Mode mode() {
        return mode;
    }

    /** The Bolt URI of the database: what Neo4j Browser, cypher-shell or another driver connects to. */
    public URI boltUri() {
        return boltUri;
    }

    public StoreConfig config() {
        return config;
    }

    /** The schema the ontologies declare: labels, keys and relationship types. */
    public OntologySchema schema() {
        return schema;
    }

    /**
     * How long installing the schema took when the store was opened: after a bulk import, the constraints are
     * validated and their indexes built then, so this is part of the load, not of the database start.
     */
    public Duration schemaInstallTime() {
        return schemaInstallTime;
    }

    /**
     * The CPU time this process used (all its threads, an embedded database's included) while the schema was
     * installed when the store was opened; zero where the JVM cannot tell.
     */
    public Duration schemaInstallCpuTime() {
        return schemaInstallCpuTime;
    }

    /** CPU time of this process, all threads, in nanoseconds; 0 where the JVM cannot tell. */
    public static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** A session on the configured database with the given access mode; close it after use. */
    public Session session(AccessMode mode) {
        SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(mode);
        if (config.database() != null) {
            b.withDatabase(config.database());
        }
        return driver.session(b.build());
    }

    /**
     * Runs {@code work} in a managed read transaction, retried by the driver on transient errors. Under a
     * {@link Deadline}, the time left is the transaction's timeout, so Neo4j stops the transaction when the request
     * is given up.
     *
     * @throws DeadlineExceededException when the deadline has passed, before or during the transaction
     */
    public <T> T read(TransactionCallback<T> work) {
        TransactionConfig config = transactionConfig();
        try (Session s = session(AccessMode.READ)) {
            return s.executeRead(work, config);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /** Runs {@code work} in a managed write transaction, retried by the driver on transient errors; timed like {@link #read}. */
    public <T> T write(TransactionCallback<T> work) {
        TransactionConfig config = transactionConfig();
        try (Session s = session(AccessMode.WRITE)) {
            return s.executeWrite(work, config);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /** The current thread's {@link Deadline} as a transaction timeout; the default (none) without one. */
    private static TransactionConfig transactionConfig() {
        OptionalLong left = Deadline.remainingNanos();
        if (left.isEmpty()) {
            return TransactionConfig.empty();
        }
        Deadline.check("a Neo4j transaction");
        // Neo4j counts whole milliseconds; less than one would mean no timeout at all.
        return TransactionConfig.builder().withTimeout(Duration.ofMillis(Math.max(1, left.getAsLong() / 1_000_000))).build();
    }

    /** Records this process as the server of the data directory, so other commands attach to it. */
    public void advertise(String httpUrl) {
        if (mode != Mode.EMBEDDED) {
            return;
        }
        new ServerRecord(ProcessHandle.current().pid(), boltUri.toString(), httpUrl == null ? "" : httpUrl)
                .write(config.dataDir());
    }

    @Override
    public void close() {
        try {
            driver.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the driver failed", e);
        }
        if (embedded != null) {
            ServerRecord.remove(config.dataDir(), ProcessHandle.current().pid());
            embedded.close();
        }
    }

}
