package dev.groundwork.graph.store;

import dev.groundwork.graph.ConfigurationException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Where Groundwork's graph lives and how to reach it: an embedded database in {@code dataDir}
 * (the default, when {@code uri} is null) or a remote Neo4j server or cluster at {@code uri}.
 * Validated on construction, so an invalid setting fails before anything starts. Immutable; {@link #toString}
 * leaves the password out.
 *
 * <pre>{@code
 * StoreConfig embedded = StoreConfig.builder().dataDir(Path.of("data")).boltPort(0).build();
 * StoreConfig cluster = StoreConfig.builder().uri("neo4j://db.example:7687").user("neo4j").password(pw).build();
 * }</pre>
 *
 * @param dataDir the embedded database's directory (also where a running server records its address)
 * @param boltHost the address the embedded Bolt connector binds to
 * @param boltPort the embedded Bolt port; 0 picks a free port
 * @param uri a remote Neo4j URI ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}, ...), or null for embedded
 * @param user the user for a remote server, or for an embedded one with authentication
 * @param password the password, or null; required when Bolt binds to anything but loopback
 * @param database the database name, or null for the server's default
 * @param pageCacheMebibytes the embedded page cache size
 * @param connectTimeout how long to wait for a remote server before giving up
 * @param searchIndex where the search indexes live; null means {@link SearchIndexKind#LUCENE}
 */
public record StoreConfig(Path dataDir, String boltHost, int boltPort, URI uri, String user, String password,
                          String database, int pageCacheMebibytes, Duration connectTimeout, SearchIndexKind searchIndex) {

    /** The URI schemes the Neo4j Java driver understands. */
    public static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");
    public static final int DEFAULT_BOLT_PORT = 7687;
    /** The embedded page cache when none is given, in MiB. */
    public static final int DEFAULT_PAGE_CACHE_MEBIBYTES = 256;
    /** The smallest page cache Neo4j runs with. */
    public static final int MIN_PAGE_CACHE_MEBIBYTES = 8;

    public StoreConfig {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        if (boltHost == null || boltHost.isBlank()) {
            throw new ConfigurationException("--bolt-host must be a host name or address, got '" + boltHost + "'");
        }
        if (boltPort < 0 || boltPort > 65535) {
            throw new ConfigurationException("--bolt-port must be between 0 and 65535 (0 = a free port), got " + boltPort);
        }
        if (uri != null && (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()))) {
            throw new ConfigurationException("--neo4j-uri has unknown scheme '" + uri.getScheme() + "' in " + uri
                    + "; expected one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://");
        }
        if (uri != null && uri.getHost() == null) {
            throw new ConfigurationException("--neo4j-uri must name a host, got " + uri);
        }
        user = user == null || user.isBlank() ? "neo4j" : user;
        password = password == null || password.isEmpty() ? null : password;
        database = database == null || database.isBlank() ? null : database;
        if (pageCacheMebibytes < MIN_PAGE_CACHE_MEBIBYTES) {
            throw new ConfigurationException("page cache must be at least " + MIN_PAGE_CACHE_MEBIBYTES + " MiB, got " + pageCacheMebibytes);
        }
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(10));
        searchIndex = Objects.requireNonNullElse(searchIndex, SearchIndexKind.LUCENE);
        if (uri == null && !isLoopback(boltHost) && password == null) {
            throw new ConfigurationException("Bolt would listen on " + boltHost + ", beyond this machine, without authentication;"
                    + " set a password with --neo4j-password or GROUNDWORK_NEO4J_PASSWORD, or bind to 127.0.0.1");
        }
    }

    /** The settings without the password, which shows only as set or not: configurations end up in logs and errors. */
    @Override
    public String toString() {
        return "StoreConfig[dataDir=" + dataDir + ", boltHost=" + boltHost + ", boltPort=" + boltPort + ", uri=" + uri
                + ", user=" + user + ", password=" + (password == null ? "none" : "***") + ", database=" + database
                + ", pageCacheMebibytes=" + pageCacheMebibytes + ", connectTimeout=" + connectTimeout + ", searchIndex=" + searchIndex.id() + "]";
    }

    /** True when this configuration runs Neo4j in this process. */
    public boolean embedded() {
        return uri == null;
    }

    /** True when the embedded Bolt connector requires a user and password. */
    public boolean authEnabled() {
        return password != null;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigurationException("--bolt-host '" + host + "' is not a known host name or address", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings with defaults: ./data, 127.0.0.1:7687, embedded, 256 MiB page cache, Lucene search indexes. Not thread-safe. */
    public static final class Builder {
        private Path dataDir = Path.of("data");
        private String boltHost = "127.0.0.1";
        private int boltPort = DEFAULT_BOLT_PORT;
        private URI uri;
        private String user;
        private String password;
        private String database;
        private int pageCacheMebibytes = DEFAULT_PAGE_CACHE_MEBIBYTES;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private SearchIndexKind searchIndex = SearchIndexKind.LUCENE;

        private Builder() {}

        public Builder dataDir(Path dir) { this.dataDir = dir; return this; }
        public Builder boltHost(String host) { this.boltHost = host; return this; }
        public Builder boltPort(int port) { this.boltPort = port; return this; }
        public Builder user(String user) { this.user = user; return this; }
        public Builder password(String password) { this.password = password; return this; }
        public Builder database(String database) { this.database = database; return this; }
        public Builder pageCacheMebibytes(int mib) { this.pageCacheMebibytes = mib; return this; }
        public Builder connectTimeout(Duration timeout) { this.connectTimeout = timeout; return this; }
        public Builder searchIndex(SearchIndexKind kind) { this.searchIndex = kind; return this; }

        /** A remote URI, or null/blank for the embedded database. */
        public Builder uri(String uri) {
            if (uri == null || uri.isBlank()) {
                this.uri = null;
                return this;
            }
            try {
                this.uri = new URI(uri.trim());
            } catch (java.net.URISyntaxException e) {
                throw new ConfigurationException("--neo4j-uri must be a URI such as bolt://host:7687, got '" + uri + "'", e);
            }
            return this;
        }

        public StoreConfig build() {
            return new StoreConfig(dataDir, boltHost, boltPort, uri, user, password, database, pageCacheMebibytes, connectTimeout, searchIndex);
        }
    }
}
