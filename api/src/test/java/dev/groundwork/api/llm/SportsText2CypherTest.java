package dev.groundwork.api.llm;

import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.cypher.UserCypher;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsAnswerer;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text2Cypher for soccer questions against a scripted OpenAI-compatible fake server (issue 15): the
 * parser first, the model only when the parser declines (never on principle); the model's Cypher
 * runs only if the validator passes it; a refused or failing query is retried once with the error;
 * every attack is refused without running, and the graph is unchanged afterwards.
 */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SportsText2CypherTest {
    /** The parser does not understand it, and it asks nothing the data lacks: the model's turn. */
    static final String NOT_PARSED = "Fulham FC Arsenal FC calendar day, kindly?";
    static final String DATE_QUERY = "MATCH (m:Match)-[:HOME_TEAM]->(:Team {name: 'Fulham FC'}), (m)-[:AWAY_TEAM]->(:Team {name: 'Arsenal FC'})"
            + " RETURN DISTINCT m.date AS value";

    private FakeModelServer model;
    private SportsAnswerer answerer;
    private SportsQuestionAnswering parser;

    @BeforeAll
    void ingestAndConnect(GraphStore store) throws Exception {
        Path fixture = Path.of(Objects.requireNonNull(getClass().getResource("/sports/openfootball-fixture/README.md")).toURI()).getParent();
        SportsIngest.ingest(store, "openfootball", List.of(fixture), IngestOptions.DEFAULTS, line -> {});
        model = FakeModelServer.start();
        parser = SportsQuestionAnswering.open(store);
        var chat = LlmSettings.of("openai", model.baseUrl(), "fake-model", "", "10s").chatModel().orElseThrow();
        answerer = SportsAnswerer.open(store, parser, chat, new UserCypher(store));
    }

    @AfterAll
    void stop() {
        model.close();
    }

    @BeforeEach
    void forgetRequests() {
        model.replies();
        model.says("");
    }

    @Test
    void theQuestionUsedForTheModelIsDeclinedByTheParserButNotOnPrinciple() {
        var parsed = parser.answer(NOT_PARSED);
        assertThat(parsed.answered()).as(parsed.answer().text()).isFalse();
        assertThat(parsed.principled()).isFalse();
    }

    @Test
    void validCypherFromTheModelAnswersAndSaysItsMethodAndQuery() {
        model.replies("Here it is:\n```cypher\n" + DATE_QUERY + ";\n```");
        int before = model.requests().size();
        var r = answerer.answer(NOT_PARSED);
        assertThat(r.answered()).as(r.answer().text()).isTrue();
        assertThat(r.method()).isEqualTo(SportsAnswerer.TEXT2CYPHER);
        assertThat(r.values()).containsExactly("2020-09-12");
        assertThat(r.cypher()).isEqualTo(DATE_QUERY);
        assertThat(r.answer().cypher()).isEqualTo(DATE_QUERY);
        assertThat(model.requests()).hasSize(before + 1);
        String prompt = model.lastPrompt();
        assertThat(prompt).contains("Relationship types in the database:", "HOME_TEAM", "Property keys in the database:",
                "(:Match)-[:HOME_TEAM]->(:Team)", "Examples", "Question: " + NOT_PARSED);
    }

    @Test
    void aQueryNamingAnInventedLabelIsRepairedOnTheRetryWithTheErrorInThePrompt() {
        model.replies("MATCH (c:Club {name: 'Fulham FC'})-[:PLAYED]->(m:Match) RETURN m.date AS value", DATE_QUERY);
        int before = model.requests().size();
        var r = answerer.answer(NOT_PARSED);
        assertThat(r.values()).as(r.answer().text()).containsExactly("2020-09-12");
        assertThat(r.cypher()).isEqualTo(DATE_QUERY);
        assertThat(model.requests()).hasSize(before + 2);
        assertThat(model.lastPrompt()).contains("Your previous query:", "MATCH (c:Club",
                "the query was refused: cypher query names label Club, relationship type PLAYED");
    }

    @Test
    void aQueryWithASyntaxErrorIsRepairedOnTheRetry() {
        model.replies("MATCH (m:Match RETURN m.date AS value", DATE_QUERY);
        var r = answerer.answer(NOT_PARSED);
        assertThat(r.values()).as(r.answer().text()).containsExactly("2020-09-12");
        assertThat(model.lastPrompt()).contains("the query failed: cypher query is not valid:");
    }

    @Test
    void writesFileReadsProceduresAndInventedNamesAreRefusedWithoutRunningAndTheGraphIsUnchanged(GraphStore store) throws Exception {
        String before = fingerprint(store);
        // Each attack, and the validator's words for refusing it.
        java.util.Map<String, String> attacks = new java.util.LinkedHashMap<>();
        attacks.put("MATCH (t:Team) SET t.name = 'Hacked' RETURN t.name AS value", "is not read-only");
        attacks.put("MATCH (t:Team) DETACH DELETE t RETURN 1 AS value", "is not read-only");
        attacks.put("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l[0] AS value", "uses LOAD CSV");
        attacks.put("CALL dbms.listConfig() YIELD name RETURN name AS value", "calls procedure dbms.listConfig, which is not allowed");
        attacks.put("MATCH (t:Team) CALL (t) { SET t.hacked = true } IN TRANSACTIONS RETURN t.name AS value", "IN TRANSACTIONS");
        attacks.put("MATCH (p:Footballer) RETURN p.name AS value", "names label Footballer, which the database does not have");
        attacks.forEach((attack, why) -> {
            model.replies(attack, attack);
            var r = answerer.answer(NOT_PARSED);
            assertThat(r.answered()).as(attack).isFalse();
            assertThat(r.method()).isEqualTo(SportsAnswerer.TEXT2CYPHER);
            assertThat(r.answer().text()).as(attack).startsWith("Cannot answer: ")
                    .contains("Text2Cypher: the generated query was refused or failed twice; last: the query was refused: cypher query")
                    .contains(why);
        });
        assertThat(fingerprint(store)).isEqualTo(before);
    }

    @Test
    void aQueryThatFindsNothingIsADecline() {
        model.replies("MATCH (t:Team {name: 'Atlantis FC'}) RETURN t.name AS value");
        var r = answerer.answer(NOT_PARSED);
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).contains("Text2Cypher: the generated query found nothing");
    }

    @Test
    void aConfidentParserAnswerNeverAsksTheModel() {
        int before = model.requests().size();
        var r = answerer.answer("What was the score of Fulham FC against Arsenal FC in 2020/21?");
        assertThat(r.method()).isEqualTo(SportsAnswerer.PARSER);
        assertThat(r.values()).containsExactly("0–3");
        assertThat(r.cypher()).isNotEmpty();
        assertThat(model.requests()).hasSize(before);
    }

    @Test
    void aQuestionDeclinedOnPrincipleNeverAsksTheModel() {
        int before = model.requests().size();
        var r = answerer.answer("Who will win the next World Cup?");
        assertThat(r.answered()).isFalse();
        assertThat(r.method()).isEqualTo(SportsAnswerer.PARSER);
        assertThat(model.requests()).hasSize(before);
    }

    @Test
    void aModelServerThatFailsIsADeclineNamingIt() {
        model.status(500);
        try {
            var r = answerer.answer(NOT_PARSED);
            assertThat(r.answered()).isFalse();
            assertThat(r.answer().text()).contains("Text2Cypher: the model server did not answer");
        } finally {
            model.status(200);
        }
    }

    /** Node and relationship counts and a SHA-256 over every node's labels and properties and every relationship. */
    private static String fingerprint(GraphStore store) throws Exception {
        List<String> items = new ArrayList<>(store.read(tx -> tx.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
                .list(r -> r.get("l").asList().toString() + new java.util.TreeMap<>(r.get("p").asMap()))));
        long nodes = items.size();
        List<String> rels = store.read(tx -> tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) + type(r) + elementId(b) AS k, properties(r) AS p")
                .list(r -> r.get("k").asString() + new java.util.TreeMap<>(r.get("p").asMap())));
        items.addAll(rels);
        items.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        items.forEach(i -> sha.update(i.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return nodes + " nodes, " + rels.size() + " relationships, " + HexFormat.of().formatHex(sha.digest());
    }
}
