package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.api.ask.AskSample;
import dev.groundwork.api.cli.CommandLineTest;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ask}, the generic {@code node}/{@code nodes}/{@code subgraph} fields and /metrics, over HTTP on the shipped sample;
 * and the one ask path: {@code groundwork ask "..." --domain X --json}, run in-process through picocli against the same
 * graph, gives the same answer as GraphQL {@code ask(question, domain: X)}.
 */
@ExtendWith(SharedNeo4j.class)
class AskGraphQLTest {
    static final String ASK = """
            query($q: String!, $d: Domain, $k: Int) { ask(question: $q, domain: $d, k: $k) {
              text confidence cypher timings citations { nodeId label snippet }
              evidence { nodes { id label properties } edges { id type source target predicted score } }
              routing { domains answered routes { domain score similarity entities loaded } } } }
            """;
    private static GroundworkServer server;
    private static GraphQLClient client;
    private static GraphStore graph;
    /** The command line's --db: a copy of the sample's ticket index, whose lock the server holds in this JVM. */
    private static Path cliData;

    @BeforeAll
    static void start(GraphStore store, @TempDir Path dir) throws Exception {
        AskSample.ingest(store, AskSample.extract(dir.resolve("sample")), line -> { });
        graph = store;
        cliData = copy(store.config().dataDir().resolve("search"), dir.resolve("cli").resolve("search")).getParent();
        server = GroundworkServer.start(store, "127.0.0.1", 0);
        client = new GraphQLClient(server.graphqlUrl());
        awaitWarmUp(client);
    }

    /** Waits (a minute at most) until the server's background warm-up lets ask answer within the request timeout. */
    static void awaitWarmUp(GraphQLClient client) throws Exception {
        for (int i = 0; i < 6; i++) {
            JsonNode r = client.post("{ ask(question: \"warm up\") { text } }", Map.of());
            if (!r.hasNonNull("errors")) {
                return;
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /**
     * Asks {@code question} through {@code groundwork ask ... --json} (with {@code --domain} when not null) and through
     * GraphQL {@code ask}, and asserts that both give the same answer text, the same citations and the same answered flag.
     */
    private static void assertSameAnswerFromTheCommandLineAndGraphQL(String domain, String question, boolean answered) throws Exception {
        List<String> args = new ArrayList<>(List.of("ask", question, "--json", "--db", cliData.toString()));
        Map<String, Object> variables = new HashMap<>(Map.of("q", question));
        if (domain != null) {
            args.addAll(List.of("--domain", domain));
            variables.put("d", domain);
        }
        CommandLineTest.Run run = CommandLineTest.against(graph, args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode cli = run.lastJson();
        JsonNode api = client.data(ASK, variables).get("ask");
        assertThat(cli.get("answer").get("text").asText()).as(question).isEqualTo(api.get("text").asText());
        assertThat(citations(cli.get("answer"))).as(question).isEqualTo(citations(api));
        assertThat(cli.get("answered").asBoolean()).as(question).isEqualTo(api.get("routing").get("answered").asBoolean())
                .isEqualTo(answered);
    }

    private static List<String> citations(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("citations").forEach(c -> out.add(c.get("nodeId").asText() + " " + c.get("label").asText() + " "
                + c.get("snippet").asText()));
        return out;
    }

    @Test
    void theCommandLineAndGraphQLGiveTheSameTicketAnswers() throws Exception {
        assertSameAnswerFromTheCommandLineAndGraphQL("tickets", "Is there a bug about upgrading log4j because of a critical vulnerability?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("tickets", "Which bug reports that the checksum type is always forced to be crc32?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("tickets", "Has anyone reported an NPE in the ABFS delete idempotency handling?", true);
        // The ticket domain always has a nearest ticket, so the question it declines is one the router sends to no domain.
        assertSameAnswerFromTheCommandLineAndGraphQL(null, "Write me a poem about the weather tomorrow.", false);
    }

    @Test
    void theCommandLineAndGraphQLGiveTheSameSportsAnswers() throws Exception {
        assertSameAnswerFromTheCommandLineAndGraphQL("sports", "Who won the World Cup in 2014?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("sports", "Which country hosted the 2014 World Cup?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("sports", "Who won the World Cup in 1850?", false);
    }

    @Test
    void theCommandLineAndGraphQLGiveTheSameCommonsenseAnswers() throws Exception {
        assertSameAnswerFromTheCommandLineAndGraphQL("commonsense", "What is a hammer used for?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("commonsense", "Where would you find a dog?", true);
        assertSameAnswerFromTheCommandLineAndGraphQL("commonsense", "Why would a xylophonist frown?", false);
    }

    @Test
    void groundingPathsAreAnOptionOfGraphQLAskOfTheCommandLineAndOfAskStream() throws Exception {
        String question = "Where would you find a dog?";
        JsonNode api = client.data("query($q: String!) { ask(question: $q, domain: commonsense, paths: {answer: \"kennel\", hops: 2}) {"
                + " text grounding { connected paths { nodes edges score } subgraph { nodes { id } } } } }", Map.of("q", question)).get("ask");
        JsonNode cli = CommandLineTest.against(graph, "ask", question, "--domain", "commonsense", "--answer", "kennel", "--json",
                "--db", cliData.toString()).lastJson();
        assertThat(api.get("grounding").get("paths").size()).isPositive();
        assertThat(cli.get("grounding").get("paths")).isEqualTo(api.get("grounding").get("paths"));
        JsonNode streamed = ServerSentEvents.get(server.baseUrl(), "/ask/stream",
                Map.of("question", question, "domain", "commonsense", "answer", "kennel", "hops", 2)).getLast().data();
        assertThat(streamed.get("text").asText()).isEqualTo(api.get("text").asText());
        assertThat(streamed.get("grounding").get("paths")).isEqualTo(api.get("grounding").get("paths"));
        JsonNode without = client.data("query($q: String!) { ask(question: $q, domain: commonsense) { grounding { connected } } }",
                Map.of("q", question)).get("ask");
        assertThat(without.get("grounding").isNull()).isTrue();
        assertThat(ServerSentEvents.get(server.baseUrl(), "/ask/stream", Map.of("question", question, "domain", "commonsense"))
                .getLast().data().has("grounding")).isFalse();
    }

    @Test
    void groundingPathsRejectHopsBeyondTheLimitNamingTheArgument() throws Exception {
        JsonNode e = client.error("{ ask(question: \"Where would you find a dog?\", paths: {hops: 9}) { text } }", Map.of());
        assertThat(e.get("message").asText()).isEqualTo("paths.hops must be between 1 and 4 (groundwork.api.limits.hops), got 9");
        assertThat(e.get("extensions").get("code").asText()).isEqualTo("BAD_USER_INPUT");
        ServerSentEvents.Event streamed = ServerSentEvents.get(server.baseUrl(), "/ask/stream",
                Map.of("question", "Where would you find a dog?", "paths", true, "hops", 9)).getLast();
        assertThat(streamed.name()).isEqualTo("error");
        assertThat(streamed.data().get("message").asText()).isEqualTo("hops must be between 1 and 4 (groundwork.api.limits.hops), got 9");
    }

    static JsonNode ask(String question) throws Exception {
        return client.data(ASK, Map.of("q", question)).get("ask");
    }

    static List<String> domains(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("routing").get("domains").forEach(d -> out.add(d.asText()));
        return out;
    }

    private static void assertCitesItsEvidence(JsonNode answer) {
        assertThat(answer.get("citations").size()).isPositive();
        assertThat(answer.get("evidence").get("nodes").findValuesAsText("id"))
                .containsAll(answer.get("citations").findValuesAsText("nodeId"));
    }

    @Test
    void routesASoccerQuestionToSports() throws Exception {
        JsonNode a = routedTo("Who won the World Cup in 2014?", "sports", "Germany");
        assertThat(a.get("cypher").asText()).contains("$");
        assertThat(a.get("timings").has("routing_ms")).isTrue();
    }

    @Test
    void routesAnEverydayQuestionToCommonsense() throws Exception {
        JsonNode a = ask("What is a hammer used for?");
        assertThat(domains(a)).containsExactly("commonsense");
        assertThat(a.get("text").asText()).startsWith("Hammer [1] is used for ").doesNotContain("UsedFor");
        assertCitesItsEvidence(a);
        assertThat(a.get("evidence").get("edges").get(0).get("predicted").asBoolean()).isFalse();
    }

    @Test
    void routesABugQuestionToTickets() throws Exception {
        routedTo("Is there a bug about upgrading log4j because of a critical vulnerability?", "tickets", "log4j");
    }

    /** The answer to {@code question}, having checked that it went to {@code domain} alone, says {@code words} and cites its evidence. */
    private static JsonNode routedTo(String question, String domain, String words) throws Exception {
        JsonNode a = ask(question);
        assertThat(domains(a)).containsExactly(domain);
        assertThat(a.get("text").asText()).contains(words);
        assertCitesItsEvidence(a);
        return a;
    }

    @Test
    void answersEachSentenceOfATwoDomainQuestionFromItsOwnDomain() throws Exception {
        JsonNode a = ask("Who won the World Cup in 2014? Where would you find a knife?");
        assertThat(domains(a)).containsExactly("sports", "commonsense");
        assertThat(a.get("text").asText()).contains("sports: ").contains("commonsense: ")
                .containsPattern("commonsense: Knife \\[\\d+] is usually found at ");
        assertCitesItsEvidence(a);
    }

    @Test
    void saysSoWhenNoDomainFits() throws Exception {
        JsonNode a = ask("Write me a poem about the weather tomorrow.");
        assertThat(a.get("routing").get("domains").size()).isZero();
        assertThat(a.get("routing").get("answered").asBoolean()).isFalse();
        assertThat(a.get("text").asText()).startsWith("Cannot answer");
        assertThat(a.get("citations").size()).isZero();
    }

    @Test
    void takesTheDomainWhenGiven() throws Exception {
        JsonNode a = client.data(ASK, Map.of("q", "Where would you find a dog?", "d", "commonsense", "k", 2)).get("ask");
        assertThat(a.get("routing").get("domains").get(0).asText()).isEqualTo("commonsense");
        assertThat(a.get("routing").get("routes").size()).isZero();
    }

    @Test
    void rejectsAnUnknownDomainAsNoValueOfTheDomainEnum() throws Exception {
        JsonNode e = client.error(ASK, Map.of("q", "Who won?", "d", "weather"));
        assertThat(e.get("message").asText()).contains("'Domain'").contains("'weather'");
        JsonNode literal = client.error("{ ask(question: \"Who won?\", domain: weather) { text } }", Map.of());
        assertThat(literal.get("message").asText()).contains("Domain").contains("weather");
    }

    @Test
    void theDomainEnumNamesEveryDomainOfTheAskersRegistry() throws Exception {
        JsonNode values = client.data("{ __type(name: \"Domain\") { enumValues { name } } }", Map.of()).get("__type").get("enumValues");
        List<String> routed = ask("Who won the World Cup in 2014?").get("routing").get("routes").findValuesAsText("domain").stream()
                .filter(d -> !d.equals("none")).toList();
        assertThat(values.findValuesAsText("name")).containsExactlyInAnyOrderElementsOf(routed);
    }

    @Test
    void askStreamRejectsAnUnknownDomainWithTheAskersMessage() throws Exception {
        ServerSentEvents.Event e = ServerSentEvents.get(server.baseUrl(), "/ask/stream", Map.of("question", "Who won?", "domain", "weather"))
                .getLast();
        assertThat(e.name()).isEqualTo("error");
        assertThat(e.data().get("message").asText()).isEqualTo("domain must be one of [tickets, sports, commonsense] or omitted, got 'weather'");
    }

    @Test
    void rejectsKOutOfRange() throws Exception {
        JsonNode e = client.error(ASK, Map.of("q", "Who won?", "k", 0));
        assertThat(e.get("message").asText()).isEqualTo("k must be between 1 and 20, got 0");
        assertThat(e.get("extensions").get("argument").asText()).isEqualTo("k");
    }

    @Test
    void subgraphExpandsFromASeedAlongTheGivenTypes() throws Exception {
        String hammer = client.data("{ nodes(label: \"Concept\", first: 200) { edges { node { id properties } } } }", Map.of())
                .get("nodes").get("edges").findParents("properties").stream()
                .filter(n -> n.get("properties").path("name").asText().equals("hammer")).findFirst().orElseThrow().get("id").asText();
        JsonNode g = client.data("query($s: [ID!]!) { subgraph(seeds: $s, hops: 1, limit: 10, relationshipTypes: [\"UsedFor\"]) {"
                + " nodes { id label } edges { type source target predicted } } }", Map.of("s", List.of(hammer))).get("subgraph");
        assertThat(g.get("nodes").size()).isBetween(2, 10);
        assertThat(g.get("edges").findValuesAsText("type")).containsOnly("UsedFor");
        assertThat(g.get("nodes").get(0).get("id").asText()).isEqualTo(hammer);
    }

    @Test
    void nodesArePagedWithCursors() throws Exception {
        String q = "query($a: String) { nodes(label: \"Team\", first: 5, after: $a) { edges { cursor node { id label } }"
                + " pageInfo { hasNextPage endCursor } } }";
        JsonNode first = client.data(q, Map.of()).get("nodes");
        assertThat(first.get("edges").size()).isEqualTo(5);
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        java.util.Map<String, Object> after = new java.util.HashMap<>();
        after.put("a", first.get("pageInfo").get("endCursor").asText());
        JsonNode second = client.data(q, after).get("nodes");
        assertThat(second.get("edges").findValuesAsText("id")).doesNotContainAnyElementsOf(first.get("edges").findValuesAsText("id"));
        assertThat(second.get("edges").findValuesAsText("label")).containsOnly("Team");
    }

    @Test
    void unknownNodeIsNotFoundNamingTheId() throws Exception {
        JsonNode e = client.error("{ node(id: \"4:nope:1\") { id } }", Map.of());
        assertThat(GraphQLClient.refusal(e, "NOT_FOUND", "id")).isEqualTo("id '4:nope:1' is not a node of the graph");
    }

    @Test
    void subgraphRejectsHopsOutOfRange() throws Exception {
        JsonNode e = client.error("{ subgraph(seeds: [\"x\"], hops: 9) { nodes { id } } }", Map.of());
        assertThat(e.get("message").asText()).isEqualTo("hops must be between 1 and 4 (groundwork.api.limits.hops), got 9");
        assertThat(e.get("extensions").get("code").asText()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void streamsTheExtractiveTextAsOneTokenThenTheAnswerWithoutAModel() throws Exception {
        List<ServerSentEvents.Event> events = ServerSentEvents.get(server.baseUrl(), "/ask/stream",
                Map.of("question", "What is a hammer used for?", "k", 3));
        assertThat(ServerSentEvents.names(events)).containsExactly("token", "answer");
        JsonNode answer = events.getLast().data();
        assertThat(answer.get("composer").asText()).isEqualTo("extractive");
        assertThat(answer.get("warnings").size()).isZero();
        assertThat(events.getFirst().data().asText()).isEqualTo(answer.get("text").asText()).contains("is used for");
        assertThat(answer.get("evidence").get("nodes").findValuesAsText("id")).containsAll(answer.get("citations").findValuesAsText("nodeId"));
    }

    @Test
    void metricsEndpointServesPrometheusTextWithOperationLatencies() throws Exception {
        ask("Who won the World Cup in 2014?");
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("groundwork_graphql_request_seconds_count{operation=\"ask\"")
                .contains("groundwork_graphql_field_seconds_bucket{field=\"ask\"")
                .contains("groundwork_model_load_seconds_count{model=\"router\"")
                .contains("groundwork_process_cpu_seconds_total");
    }
}
