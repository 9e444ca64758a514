package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.SearchIndexKind;
import dev.groundwork.graph.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Groundwork servers over one graph with {@code --search-index neo4j}: the first runs the embedded database (with
 * Bolt on), the second reaches it through Bolt as a remote store with a data directory of its own. A ticket file
 * ingested through the first server's GraphQL API is found by the second's {@code searchTickets}, with no reindex.
 * The second server's result cache is off, as it would otherwise repeat its answer from before the ingest until it
 * expires.
 */
class SharedSearchIndexServersTest {
    private static final String KEY = "two-servers-key";
    private static final String SEARCH = "query($q: String!) { searchTickets(text: $q, k: 3) { score ticket { key title } } }";
    @TempDir
    static Path dirA;
    @TempDir
    static Path dirB;
    private static GraphStore embedded;
    private static GraphStore remote;
    private static IngestJobServer first;
    private static GroundworkServer second;

    @BeforeAll
    static void start() throws Exception {
        embedded = GraphStore.open(StoreConfig.builder().dataDir(dirA).boltPort(0).pageCacheMebibytes(64)
                .searchIndex(SearchIndexKind.NEO4J).build());
        remote = GraphStore.open(StoreConfig.builder().dataDir(dirB).uri(embedded.boltUri().toString())
                .searchIndex(SearchIndexKind.NEO4J).build());
        first = IngestJobServer.start(embedded, KEY, 1);
        Files.copy(Path.of(SharedSearchIndexServersTest.class.getResource("/tickets/bugs.csv").toURI()), first.root().resolve("bugs.csv"));
        // A server's result cache is its own: without this, the second server would answer the question it answered
        // before the ingest from its cache for up to groundwork.api.cache-ttl (60 s).
        System.setProperty("groundwork.api.cache-size", "0");
        try {
            second = GroundworkServer.start(remote, "127.0.0.1", 0);
        } finally {
            System.clearProperty("groundwork.api.cache-size");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        second.close();
        first.close();
        remote.close();
        embedded.close();
    }

    @Test
    void aTicketIngestedThroughOneServerIsFoundThroughTheOther() throws Exception {
        assertThat(embedded.mode()).isEqualTo(GraphStore.Mode.EMBEDDED);
        assertThat(remote.mode()).isEqualTo(GraphStore.Mode.REMOTE);
        GraphQLClient other = new GraphQLClient(second.graphqlUrl());
        Map<String, Object> question = Map.of("q", "NameNode crashes on startup with a NullPointerException");
        assertThat(other.data(SEARCH, question).get("searchTickets")).isEmpty();

        JsonNode job = first.jobs().await(first.jobs().submit(Map.of("kind", "tickets", "format", "csv", "path", "bugs.csv")));
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");

        JsonNode hits = other.data(SEARCH, question).get("searchTickets");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("ticket").get("key").asText()).isEqualTo("1");
        assertThat(hits.get(0).get("ticket").get("title").asText()).isEqualTo("NameNode crashes on startup with NullPointerException");
        // No Lucene index on either side: what the second server found came from the database's own indexes.
        assertThat(dirB.resolve("search")).doesNotExist();
        assertThat(dirA.resolve("search")).doesNotExist();
    }
}
