package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.api.ask.AskSample;
import dev.groundwork.api.cli.GroundworkCommand;
import dev.groundwork.api.llm.FakeModelServer;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ask}, {@code /ask/stream} and the command line's {@code ask} with groundwork.llm.* pointing at a fake
 * OpenAI-compatible model server, on the sports part of the shipped sample.
 */
@ExtendWith(SharedNeo4j.class)
class AskLlmServerTest {
    private static final String ASK = """
            query($q: String!) { ask(question: $q) { text composer removedCitations warnings cypher
              citations { nodeId } evidence { nodes { id } } routing { domains } } }
            """;
    private static final String QUESTION = "Who won the World Cup in 2014?";
    private static final Map<String, String> SETTINGS = Map.of("groundwork.llm.provider", "openai", "groundwork.llm.model", "fake-model",
            "groundwork.llm.timeout", "20s");
    private static FakeModelServer model;
    private static GroundworkServer server;
    private static GraphQLClient client;

    @BeforeAll
    static void start(GraphStore store, @TempDir Path dir) throws Exception {
        // Sports only: every question here is about the World Cup, and the other parts take minutes to ingest on a busy machine.
        Path sample = AskSample.extract(dir);
        for (String part : List.of("tickets", "commonsense")) {
            try (var files = Files.walk(sample.resolve(part))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        AskSample.ingest(store, sample, line -> { });
        model = FakeModelServer.start();
        server = withProperties(Map.of("groundwork.llm.base-url", model.baseUrl()), () -> GroundworkServer.start(store, "127.0.0.1", 0));
        client = new GraphQLClient(server.graphqlUrl());
        AskGraphQLTest.awaitWarmUp(client);
    }

    @AfterAll
    static void stop() {
        server.close();
        model.close();
    }

    private static <T> T withProperties(Map<String, String> extra, java.util.function.Supplier<T> work) {
        SETTINGS.forEach(System::setProperty);
        extra.forEach(System::setProperty);
        try {
            return work.get();
        } finally {
            SETTINGS.keySet().forEach(System::clearProperty);
            extra.keySet().forEach(System::clearProperty);
        }
    }

    private static long nodes(GraphStore store) {
        return store.read(tx -> tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong());
    }

    private static JsonNode ask(String question) throws Exception {
        JsonNode r = client.post(ASK, Map.of("q", question), "Cache-Control", "no-cache");
        assertThat(r.get("errors")).isNull();
        return r.get("data").get("ask");
    }

    @Test
    void askAnswersThroughTheModelAndRemovesCitationsOfUnknownIds() throws Exception {
        model.says("Germany won the 2014 World Cup [1][42].");
        JsonNode a = ask(QUESTION);
        assertThat(a.get("composer").asText()).isEqualTo("llm");
        assertThat(a.get("text").asText()).isEqualTo("Germany won the 2014 World Cup [1].");
        assertThat(a.get("removedCitations").toString()).isEqualTo("[42]");
        assertThat(a.get("warnings").get(0).asText()).startsWith("removed citation [42]: the evidence has citations [1] to [");
        assertThat(a.get("evidence").get("nodes").findValuesAsText("id")).containsAll(a.get("citations").findValuesAsText("nodeId"));
        assertThat(model.lastPrompt()).contains("Question: " + QUESTION).contains("\n[1] ").contains("\nEdges:\n");
    }

    @Test
    void askDropsAWriteQueryFromTheModelAndTheGraphIsUnchanged(GraphStore store) throws Exception {
        long before = nodes(store);
        model.says("Germany [1].\n```cypher\nMATCH (n) DETACH DELETE n\n```");
        JsonNode a = ask("Which team won the 2014 World Cup?");
        assertThat(a.get("cypher").asText()).doesNotContain("DELETE");
        assertThat(a.get("warnings").get(0).asText()).startsWith("dropped the model's Cypher query, not read-only");
        assertThat(nodes(store)).isEqualTo(before).isPositive();
    }

    @Test
    void streamsSeveralTokensThenTheCheckedAnswerOverServerSentEvents() throws Exception {
        // The fake model sends each chunk only after this client has read the previous token event: the stream would
        // stop unfinished if the server held tokens back until the end.
        Semaphore seen = new Semaphore(0);
        model.says("Germany", " won", " the", " 2014 World Cup", " [1]", "[77].").pacedBy(seen);
        List<ServerSentEvents.Event> events;
        try {
            events = ServerSentEvents.get(server.baseUrl(), "/ask/stream", Map.of("question", QUESTION, "k", 3), e -> seen.release());
        } finally {
            model.pacedBy(null);
        }
        assertThat(ServerSentEvents.names(events)).containsExactly("token", "token", "token", "token", "token", "token", "answer");
        assertThat(events.subList(0, 6).stream().map(e -> e.data().asText()).toList())
                .containsExactly("Germany", " won", " the", " 2014 World Cup", " [1]", "[77].");
        JsonNode answer = events.getLast().data();
        assertThat(answer.get("composer").asText()).isEqualTo("llm");
        assertThat(answer.get("text").asText()).isEqualTo("Germany won the 2014 World Cup [1].");
        assertThat(answer.get("removedCitations").toString()).isEqualTo("[77]");
        assertThat(answer.get("routing").get("domains").toString()).isEqualTo("[\"sports\"]");
        assertThat(answer.get("citations").size()).isPositive();
        assertThat(model.requests().getLast().get("stream").asBoolean()).isTrue();
    }

    @Test
    void streamFallsBackToTheExtractiveAnswerWhenTheModelServerFails() throws Exception {
        model.status(503);
        try {
            List<ServerSentEvents.Event> events = ServerSentEvents.get(server.baseUrl(), "/ask/stream", Map.of("question", QUESTION));
            assertThat(ServerSentEvents.names(events)).containsExactly("token", "answer");
            JsonNode answer = events.getLast().data();
            assertThat(answer.get("composer").asText()).isEqualTo("extractive");
            assertThat(events.getFirst().data().asText()).isEqualTo(answer.get("text").asText()).contains("Germany");
            assertThat(answer.get("warnings").get(0).asText()).startsWith("the model server at " + model.baseUrl())
                    .contains("did not answer").endsWith("; this is the extractive answer");
        } finally {
            model.status(200);
        }
    }

    @Test
    void streamReportsBadInputAsOneErrorEvent() throws Exception {
        List<ServerSentEvents.Event> events = ServerSentEvents.get(server.baseUrl(), "/ask/stream", Map.of("question", QUESTION, "k", 0));
        assertThat(ServerSentEvents.names(events)).containsExactly("error");
        assertThat(events.getFirst().data().get("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(events.getFirst().data().get("message").asText()).isEqualTo("k must be between 1 and 20, got 0");
    }

    @Test
    void refusesToStartWithAnUnknownProviderNamingTheSettingAndTheChoices(GraphStore store) {
        assertThatThrownBy(() -> withProperties(Map.of("groundwork.llm.provider", "gpt"), () -> GroundworkServer.start(store, "127.0.0.1", 0)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.provider must be one of none, openai, ollama, got 'gpt'");
    }

    @Test
    void commandLineAskWritesTheAnswerWithTheModelTheLlmOptionsName(GraphStore store) throws Exception {
        model.says("Germany [1][5000].");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GroundworkCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "ask", QUESTION, "--json",
                "--neo4j-uri", store.boltUri().toString(), "--llm-provider", "openai", "--llm-base-url", model.baseUrl(),
                "--llm-model", "fake-model");
        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode json = GraphQLClient.JSON.readTree(lines[lines.length - 1]);
        assertThat(json.get("composer").asText()).isEqualTo("llm");
        assertThat(json.get("answer").get("text").asText()).isEqualTo("Germany [1].");
        assertThat(json.get("removedCitations").toString()).isEqualTo("[5000]");
        assertThat(json.get("domains").toString()).isEqualTo("[\"sports\"]");
    }

    @Test
    void commandLineAskRejectsAnUnknownProviderWithOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GroundworkCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "ask", QUESTION, "--llm-provider", "gpt");
        assertThat(exit).isEqualTo(GroundworkCommand.EXIT_CONFIGURATION);
        assertThat(err.toString().strip()).isEqualTo("groundwork: groundwork.llm.provider must be one of none, openai, ollama, got 'gpt'");
    }
    private static final String ASK_SPORTS = "query($q: String!) { askSports(question: $q) { answered values method cypher template } }";

    private static JsonNode askSports(String question) throws Exception {
        JsonNode r = client.post(ASK_SPORTS, Map.of("q", question), "Cache-Control", "no-cache");
        assertThat(r.get("errors")).as(r.toString()).isNull();
        return r.get("data").get("askSports");
    }

    @Test
    void askSportsSaysTheParserAnsweredWithTheTemplatesCypherWithoutAskingTheModel() throws Exception {
        int before = model.requests().size();
        JsonNode a = askSports(QUESTION);
        assertThat(a.get("method").asText()).isEqualTo("parser");
        assertThat(a.get("values").toString()).isEqualTo("[\"Germany\"]");
        assertThat(a.get("cypher").asText()).contains("$tournament");
        assertThat(model.requests()).hasSize(before);
    }

    @Test
    void askSportsFallsBackToValidatedTextToCypherWhenTheParserDeclines() throws Exception {
        String query = "MATCH (t:Team)-[:HOSTED]->(x:Tournament {year: 2014}) RETURN DISTINCT t.name AS value";
        model.replies("```cypher\nMATCH (t:Country)-[:HOSTED]->(x:Tournament {year: 2014}) RETURN t.name AS value\n```",
                "```cypher\n" + query + "\n```");
        try {
            JsonNode a = askSports("Zorblax quibble frumious 2014 hosting, kindly?");
            assertThat(a.get("method").asText()).as(a.toString()).isEqualTo("text2cypher");
            assertThat(a.get("values").toString()).isEqualTo("[\"Brazil\"]");
            assertThat(a.get("cypher").asText()).isEqualTo(query);
            assertThat(model.lastPrompt()).contains("cypher query names label Country, which the database does not have");
        } finally {
            model.replies();
        }
    }
}
