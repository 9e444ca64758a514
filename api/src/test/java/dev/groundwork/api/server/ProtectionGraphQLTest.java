package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Malicious and oversized requests: nesting, size, Cypher injection through every string argument, mutations without the key. */
@ExtendWith(SharedNeo4j.class)
class ProtectionGraphQLTest {
    private static final String KEY = "test-key-123";
    private static final String COUNT = "MATCH (n) RETURN count(n) AS n";
    private static final List<String> PAYLOADS = List.of("x' }) MATCH (n) DETACH DELETE n //",
            "\") DETACH DELETE n RETURN 1 AS x //", "Team) DETACH DELETE n //", "`) CALL { MATCH (n) DETACH DELETE n } //");
    private static GroundworkServer server;
    private static GraphQLClient client;

    @BeforeAll
    static void start(GraphStore store) {
        store.write(tx -> tx.run("""
                CREATE (a:Ticket {key: 'P-1', title: 'NameNode crash'})-[:HAS_SECTION]->(:Section {kind: 'SUMMARY', text: 'crash'}),
                       (:Concept {uri: '/c/en/dog', name: 'dog'}), (:Team {name: 'Brazil', teamId: 'T-1'})
                """).consume());
        System.setProperty("groundwork.api.key", KEY);
        try {
            server = GroundworkServer.start(store, "127.0.0.1", 0);
        } finally {
            System.clearProperty("groundwork.api.key");
        }
        client = new GraphQLClient(server.graphqlUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long nodes(GraphStore store) {
        return store.read(tx -> tx.run(COUNT).single().get("n").asLong());
    }

    @Test
    void rejectsAQueryNestedAHundredDeepBeforeRunningIt() throws Exception {
        assertThat(refusedLinksNested(50)).isEqualTo("Query depth 101 exceeds maximum allowed depth 100");
    }

    @Test
    void rejectsAQueryDeeperThanTheConfiguredLimit() throws Exception {
        assertThat(refusedLinksNested(8)).isEqualTo("maximum query depth exceeded 18 > 15");
    }

    /** The error message of a ticket query following {@code links { ticket ... } } {@code depth} times, which returns no data. */
    private static String refusedLinksNested(int depth) throws Exception {
        String query = "{ ticket(key: \"P-1\") " + "{ links { ticket ".repeat(depth) + "{ key }" + " } }".repeat(depth) + " }";
        JsonNode r = client.post(query, Map.of());
        assertThat(r.get("data")).isNull();
        return r.get("errors").get(0).get("message").asText();
    }

    @Test
    void rejectsATenMegabyteQuestionNamingTheArgument() throws Exception {
        JsonNode e = client.error("query($q: String!) { ask(question: $q) { text } }", Map.of("q", "a".repeat(10 * 1024 * 1024)));
        assertThat(GraphQLClient.refusal(e, "BAD_USER_INPUT", "question")).isEqualTo("question must be at most 2000 characters, got 10485760");
    }

    @Test
    void cypherInjectionThroughEveryStringArgumentChangesNothing(GraphStore store) throws Exception {
        long before = nodes(store);
        Map<String, String> fields = Map.ofEntries(
                Map.entry("ask(question: $p) { text }", "q1"), Map.entry("ask(question: \"dog\", domain: $p) { text }", "q2"),
                Map.entry("askTickets(question: $p) { text }", "q3"), Map.entry("searchTickets(text: $p) { score }", "q4"),
                Map.entry("ticket(key: $p) { key }", "q5"), Map.entry("askSports(question: $p) { answered }", "q6"),
                Map.entry("concepts(text: $p) { uri }", "q7"), Map.entry("conceptSubgraph(source: $p, target: $p) { connected }", "q8"),
                Map.entry("node(id: $p) { id }", "q9"), Map.entry("nodes(label: $p) { pageInfo { hasNextPage } }", "q10"),
                Map.entry("nodes(after: $p) { pageInfo { hasNextPage } }", "q11"),
                Map.entry("subgraph(seeds: [$p]) { nodes { id } }", "q12"),
                Map.entry("subgraph(seeds: [\"x\"], relationshipTypes: [$p]) { nodes { id } }", "q13"));
        for (Map.Entry<String, String> f : fields.entrySet()) {
            for (String payload : PAYLOADS) {
                String type = f.getKey().contains("id: $p") || f.getKey().contains("seeds: [$p]") || f.getKey().contains("key: $p") ? "ID!" : "String!";
                Map<String, Object> vars = new HashMap<>();
                vars.put("p", payload);
                JsonNode r = client.post("query " + f.getValue() + "($p: " + type + ") { " + f.getKey() + " }", vars);
                r.path("errors").forEach(e -> assertThat(e.path("extensions").path("code").asText()).as(f.getKey() + " " + e)
                        .isNotEqualTo("INTERNAL"));
            }
        }
        assertThat(nodes(store)).isEqualTo(before);
    }

    @Test
    void mutationWithoutTheKeyIsRefused() throws Exception {
        JsonNode e = client.error("mutation { refresh }", Map.of());
        assertThat(e.get("extensions").get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(e.get("message").asText()).isEqualTo("mutations need the API key in the X-API-Key header (or Authorization: Bearer KEY);"
                + " none was sent");
        JsonNode wrong = client.error("mutation { refresh }", Map.of(), "X-API-Key", "guess");
        assertThat(wrong.get("message").asText()).endsWith("the key sent is wrong");
    }

    @Test
    void mutationWithTheKeyRuns() throws Exception {
        assertThat(client.post("mutation { refresh }", Map.of(), "X-API-Key", KEY).get("data").get("refresh").asBoolean()).isTrue();
        assertThat(client.post("mutation { refresh }", Map.of(), "Authorization", "Bearer " + KEY).get("data").get("refresh").asBoolean())
                .isTrue();
    }

    @Test
    void queriesStayOpenWithoutAKey() throws Exception {
        assertThat(client.data("{ stats { nodeCount } }", Map.of()).get("stats").get("nodeCount").asLong()).isPositive();
    }

    @Test
    void aHugeBeamIsRefusedBeforeAnyWorkNamingTheSetting() throws Exception {
        JsonNode e = client.error("{ complexQuery(query: {entity: \"a\", rel: \"r\"}, beam: 1000000) { type } }", Map.of());
        assertThat(GraphQLClient.refusal(e, "BAD_USER_INPUT", "beam"))
                .isEqualTo("beam must be between 1 and 256 (groundwork.api.limits.beam), got 1000000");
    }

    @Test
    void aKBeyondTheLimitIsRefusedOnEveryFieldThatTakesOne() throws Exception {
        for (String field : List.of("predictLinks(head: \"a\", relation: \"r\", k: 101) { entity }",
                "complexQuery(query: {entity: \"a\", rel: \"r\"}, k: 101) { type }", "searchTickets(text: \"crash\", k: 101) { score }")) {
            JsonNode e = client.error("{ " + field + " }", Map.of());
            assertThat(e.get("extensions").get("code").asText()).as(field).isEqualTo("BAD_USER_INPUT");
            assertThat(e.get("message").asText()).as(field).isEqualTo("k must be between 1 and 100 (groundwork.api.limits.k), got 101");
        }
        // A far larger k does not even reach the field: its cost alone is over the budget.
        assertThat(client.error("{ predictLinks(head: \"a\", relation: \"r\", k: 100000) { entity } }", Map.of()).get("message").asText())
                .startsWith("maximum query complexity exceeded");
        JsonNode hops = client.error("{ conceptSubgraph(source: \"dog\", hops: 5) { connected } }", Map.of());
        assertThat(hops.get("message").asText()).isEqualTo("hops must be between 1 and 4 (groundwork.api.limits.hops), got 5");
    }

    @Test
    void aFanOutThroughTicketLinksIsRefusedByItsCostBeforeRunning() throws Exception {
        JsonNode r = client.post("{ searchTickets(text: \"crash\", k: 100) { ticket { links { ticket { links { ticket { key } } } } } } }",
                Map.of());
        assertThat(r.get("data")).isNull();
        assertThat(r.get("errors").get(0).get("message").asText()).startsWith("maximum query complexity exceeded").endsWith("> 10000");
    }

    @Test
    void twoHundredFiftyAliasedAsksAreRefusedByTheirCostBeforeRunning() throws Exception {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 250; i++) {
            q.append(" a").append(i).append(": ask(question: \"Where would you find a dog?\") { text }");
        }
        JsonNode r = client.post(q.append(" }").toString(), Map.of());
        assertThat(r.get("data")).isNull();
        assertThat(r.get("errors").get(0).get("message").asText()).isEqualTo("maximum query complexity exceeded 125750 > 10000");
    }
}
