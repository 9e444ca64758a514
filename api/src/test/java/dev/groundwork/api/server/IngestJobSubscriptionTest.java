package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscription.ingestProgress and the API key over a real graphql-transport-ws websocket. */
@ExtendWith(SharedNeo4j.class)
class IngestJobSubscriptionTest {
    private static final String KEY = "ws-key-789";
    private static final String PROGRESS = "subscription($id: ID!) { ingestProgress(id: $id) { id status progress { processed total unit } } }";

    // A job that takes a few seconds, so that the next one is still queued when the test subscribes to it.
    @RegisterExtension
    static final IngestJobFixture fixture = new IngestJobFixture(KEY, 8,
            root -> Files.writeString(root.resolve("chain.tsv"), IngestJobServer.chain("s", "next", 5_000)));

    @Test
    void aSubscriberReceivesTheJobsProgressThenCompletion() throws Exception {
        String first = fixture.jobs().submit(Map.of("kind", "triples", "path", "chain.tsv"));
        String id = fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt"));
        List<JsonNode> messages;
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("1", PROGRESS, Map.of("id", id));
            messages = ws.untilEnd("1");
        }

        assertThat(messages.getLast().get("type").asText()).isEqualTo("complete");
        List<JsonNode> states = messages.subList(0, messages.size() - 1).stream().map(m -> m.get("payload").get("data").get("ingestProgress"))
                .toList();
        List<String> statuses = states.stream().map(s -> s.get("status").asText()).toList();
        assertThat(statuses).as(messages.toString()).startsWith("QUEUED").endsWith("SUCCEEDED").contains("RUNNING");
        JsonNode last = states.getLast();
        long size = Files.size(fixture.root().resolve("mini.txt"));
        assertThat(last.get("progress").get("unit").asText()).isEqualTo("bytes");
        assertThat(last.get("progress").get("total").asLong()).isEqualTo(size);
        assertThat(last.get("progress").get("processed").asLong()).isEqualTo(size);
        assertThat(states).allSatisfy(s -> assertThat(s.get("progress").get("total").asLong()).isIn(0L, size));
        assertThat(fixture.jobs().await(first).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aTriplesJobsProgressHasTheFilesLineCountAsItsTotalAndReachesIt() throws Exception {
        String id = fixture.jobs().submit(Map.of("kind", "triples", "path", "chain.tsv"));
        List<JsonNode> states;
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("t", PROGRESS, Map.of("id", id));
            List<JsonNode> messages = ws.untilEnd("t");
            states = messages.subList(0, messages.size() - 1).stream()
                    .map(m -> m.get("payload").get("data").get("ingestProgress").get("progress")).toList();
        }
        JsonNode last = states.getLast();
        assertThat(last.get("unit").asText()).isEqualTo("lines");
        assertThat(last.get("total").asLong()).isEqualTo(5_000);
        assertThat(last.get("processed").asLong()).isEqualTo(5_000);
        assertThat(states).allSatisfy(s -> assertThat(s.get("processed").asDouble()).isLessThanOrEqualTo(5_000));
    }

    @Test
    void aTicketsJobsProgressHasTheTicketCountAsItsTotalAndReachesIt() throws Exception {
        // Four tickets, by the fixture's README; the total is known from the first update on.
        Files.copy(Path.of(getClass().getResource("/tickets/bugs.csv").toURI()), fixture.root().resolve("bugs.csv"));
        List<JsonNode> states = progressOf(fixture.jobs().submit(Map.of("kind", "tickets", "format", "csv", "path", "bugs.csv")));

        JsonNode last = states.getLast();
        assertThat(last.get("unit").asText()).isEqualTo("tickets");
        assertThat(last.get("total").asLong()).isEqualTo(4);
        assertThat(last.get("processed").asLong()).isEqualTo(4);
        assertThat(states.subList(1, states.size())).allSatisfy(s -> assertThat(s.get("total").asLong()).isEqualTo(4));
    }

    @Test
    void aStatsBombJobsProgressCountsEveryFileItReadsAgainstAKnownTotal() throws Exception {
        // competitions.json, three seasons' matches files of one match each, and each match's lineups and events: 10 files.
        Path source = Path.of(getClass().getResource("/sports/statsbomb-fixture/README.md").toURI()).getParent();
        Path target = fixture.root().resolve("statsbomb");
        try (var files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(source.relativize(f).toString()));
            }
        }
        List<JsonNode> states = progressOf(fixture.jobs().submit(Map.of("kind", "sports", "format", "statsbomb", "path", "statsbomb")));

        JsonNode last = states.getLast();
        assertThat(last.get("unit").asText()).isEqualTo("files");
        assertThat(last.get("total").asLong()).isEqualTo(10);
        assertThat(last.get("processed").asLong()).isEqualTo(10);
        assertThat(states).allSatisfy(s -> assertThat(s.get("processed").asLong()).isLessThanOrEqualTo(10));
    }

    private static List<JsonNode> progressOf(String id) throws Exception {
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("p", PROGRESS, Map.of("id", id));
            List<JsonNode> messages = ws.untilEnd("p");
            assertThat(messages.getLast().get("type").asText()).as(messages.toString()).isEqualTo("complete");
            List<JsonNode> jobStates = messages.subList(0, messages.size() - 1).stream()
                    .map(m -> m.get("payload").get("data").get("ingestProgress")).toList();
            assertThat(jobStates.getLast().get("status").asText()).as(jobStates.toString()).isEqualTo("SUCCEEDED");
            return jobStates.stream().map(s -> s.get("progress")).toList();
        }
    }

    @Test
    void aFinishedJobsSubscriptionSendsItsLastStateAndCompletes() throws Exception {
        String id = fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt"));
        fixture.jobs().await(id);
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("a", PROGRESS, Map.of("id", id));
            List<JsonNode> messages = ws.untilEnd("a");
            assertThat(messages).hasSize(2);
            assertThat(messages.getFirst().get("payload").get("data").get("ingestProgress").get("status").asText()).isEqualTo("SUCCEEDED");
        }
    }

    @Test
    void anUnknownJobsSubscriptionIsAnErrorNamingTheId() throws Exception {
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("x", PROGRESS, Map.of("id", "job-404"));
            JsonNode error = ws.untilEnd("x").getLast();
            assertThat(error.get("type").asText()).isEqualTo("error");
            assertThat(error.get("payload").get(0).get("extensions").get("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(error.get("payload").get(0).get("message").asText()).startsWith("id 'job-404' names no ingest job");
        }
    }

    @Test
    void aMutationOverTheWebsocketNeedsTheKeyInTheHandshake() throws Exception {
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("m", "mutation { refresh }", Map.of());
            JsonNode error = ws.untilEnd("m").getLast();
            assertThat(error.get("type").asText()).isEqualTo("error");
            assertThat(error.get("payload").get(0).get("extensions").get("code").asText()).isEqualTo("UNAUTHENTICATED");
        }
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl(), "X-API-Key", KEY)) {
            ws.subscribe("m", "mutation { refresh }", Map.of());
            List<JsonNode> messages = ws.untilEnd("m");
            assertThat(messages.getFirst().get("payload").get("data").get("refresh").asBoolean()).isTrue();
            assertThat(messages.getLast().get("type").asText()).isEqualTo("complete");
        }
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedOverTheWebsocketToo() throws Exception {
        String query = "{ ticket(key: \"P-1\") " + "{ links { ticket ".repeat(8) + "{ key }" + " } }".repeat(8) + " }";
        try (GraphQLWs ws = GraphQLWs.connect(fixture.websocketUrl())) {
            ws.subscribe("d", query, Map.of());
            JsonNode error = ws.untilEnd("d").getLast();
            assertThat(error.get("type").asText()).isEqualTo("error");
            assertThat(error.get("payload").get(0).get("message").asText()).isEqualTo("maximum query depth exceeded 18 > 15");
        }
    }
}
