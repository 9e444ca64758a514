package dev.groundwork.api.llm;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import static org.assertj.core.api.Assertions.assertThat;

/** The LLM path against a fake OpenAI-compatible server: the prompt, the citation check, the Cypher check, streaming, fallback. */
@ExtendWith(SharedNeo4j.class)
class AnswerWriterTest {
    private static final String QUESTION = "Who won the World Cup in 2014?";
    private static final Node GERMANY = new Node("4:test:1", List.of("Team"), Map.of("name", "Germany"));
    private static final Node CUP = new Node("4:test:2", List.of("Tournament"), Map.of("name", "2014 FIFA World Cup"));
    private static final Node BRAZIL = new Node("4:test:3", List.of("Team"), Map.of("name", "Brazil"));
    private static final AskResult RESULT = new AskResult(QUESTION, List.of("sports"), List.of(), true, new Answer(
            "Germany won the 2014 FIFA World Cup [1][2].",
            List.of(new Citation(GERMANY.id(), "Team", "Germany"), new Citation(CUP.id(), "Tournament", "2014 FIFA World Cup, Brazil")),
            new Subgraph(List.of(GERMANY, CUP, BRAZIL), List.of(Edge.observed("5:test:1", "WINNER", GERMANY.id(), CUP.id(), Map.of()),
                    Edge.predicted("PLAYED_IN", GERMANY.id(), BRAZIL.id(), 0.83))),
            "MATCH (t:Team)-[:WINNER]->(c) WHERE c.year = $year RETURN t, c", 0.9, Map.of("total_ms", 5.0)));
    private static FakeModelServer model;
    private static AnswerWriter writer;

    @BeforeAll
    static void start(GraphStore store) throws Exception {
        store.write(tx -> tx.run("CREATE (:Team {name: 'Germany'})-[:WINNER]->(:Tournament {name: '2014 FIFA World Cup'})").consume());
        model = FakeModelServer.start();
        writer = AnswerWriter.open(LlmSettings.of("openai", model.baseUrl(), "fake-model", "test-key", "10s"), store);
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    private static long nodes(GraphStore store) {
        return store.read(tx -> tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong());
    }

    @Test
    void writesTheAnswerFromAPromptHoldingOnlyTheQuestionAndTheEvidence() {
        model.says("Germany won the 2014 FIFA World Cup [1][2].");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.composer()).isEqualTo("llm");
        assertThat(a.answer().text()).isEqualTo("Germany won the 2014 FIFA World Cup [1][2].");
        assertThat(a.removedCitations()).isEmpty();
        assertThat(a.warnings()).isEmpty();
        assertThat(a.answer().citations()).isEqualTo(RESULT.answer().citations());
        assertThat(a.answer().timings()).containsKey("llm_ms").containsEntry("total_ms", 5.0);
        assertThat(model.paths().getLast()).isEqualTo("POST /v1/chat/completions");
        assertThat(model.requests().getLast().get("model").asText()).isEqualTo("fake-model");
        String user = model.requests().getLast().get("messages").get(1).get("content").asText();
        assertThat(user).isEqualTo("""
                Question: Who won the World Cup in 2014?

                Citations:
                [1] Team: Germany
                [2] Tournament: 2014 FIFA World Cup, Brazil

                Edges:
                (Germany [1]) -WINNER-> (2014 FIFA World Cup [2]) [observed]
                (Germany [1]) -PLAYED_IN-> (Brazil) [predicted p=0.83]
                """);
        assertThat(model.lastPrompt()).startsWith("system: You answer questions about a knowledge graph. Use only the evidence")
                .contains("reply exactly: The evidence does not answer this.").doesNotContain("4:test:");
    }

    @Test
    void removesAndFlagsCitationsOfIdsNotInTheEvidence() {
        model.says("Germany won [1][7], beating Argentina [2, 9] in the final [12].");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.answer().text()).isEqualTo("Germany won [1], beating Argentina [2] in the final.");
        assertThat(a.removedCitations()).containsExactly(7, 9, 12);
        assertThat(a.warnings()).containsExactly("removed citation [7]: the evidence has citations [1] to [2] only",
                "removed citation [9]: the evidence has citations [1] to [2] only",
                "removed citation [12]: the evidence has citations [1] to [2] only");
        assertThat(a.answer().citations()).hasSize(2);
    }

    @Test
    void dropsAWriteQueryTheModelReturnsWithoutRunningItAndTheGraphIsUnchanged(GraphStore store) {
        long before = nodes(store);
        model.says("Germany won [1].\n\n```cypher\nMATCH (n) DETACH DELETE n\n```\n");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.answer().text()).isEqualTo("Germany won [1].");
        assertThat(a.answer().cypher()).isEqualTo(RESULT.answer().cypher()).doesNotContain("DELETE");
        assertThat(a.warnings()).containsExactly("dropped the model's Cypher query, not read-only (the planner classifies it as"
                + " WRITE_ONLY): MATCH (n) DETACH DELETE n");
        assertThat(nodes(store)).isEqualTo(before).isPositive();
    }

    @Test
    void keepsAReadOnlyQueryTheModelProposesAfterTheRetrievalQuery() {
        model.says("Germany won [1].\n```cypher\nMATCH (t:Team {name: 'Germany'})-[:WINNER]->(c) RETURN t, c\n```");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.answer().cypher()).isEqualTo(RESULT.answer().cypher() + "\n;\nMATCH (t:Team {name: 'Germany'})-[:WINNER]->(c) RETURN t, c");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void dropsQueryTextThatIsNotCypher() {
        model.says("Germany won [1].\n```cypher\nDROP EVERYTHING NOW\n```");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.answer().cypher()).isEqualTo(RESULT.answer().cypher());
        assertThat(a.warnings()).containsExactly("dropped the model's Cypher query, not valid Cypher: DROP EVERYTHING NOW");
    }

    @Test
    void keepsTheModelSayingTheEvidenceDoesNotAnswerWithoutWarning() {
        model.says("The evidence does not answer this.");
        CheckedAnswer a = writer.write(RESULT);
        assertThat(a.answer().text()).isEqualTo("The evidence does not answer this.");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void flagsAnAnswerThatCitesNothing() {
        model.says("Germany, obviously.");
        assertThat(writer.write(RESULT).warnings()).containsExactly("the model's answer cites no evidence");
    }

    @Test
    void streamsTheModelsTokensThenReturnsTheCheckedAnswer() {
        // The fake model sends each chunk only after the previous one reached us: the stream would stop unfinished if
        // tokens were held back until the end.
        Semaphore seen = new Semaphore(0);
        model.says("Germany", " won", " the cup", " [1]", "[8].").pacedBy(seen);
        List<String> tokens = new ArrayList<>();
        CheckedAnswer a;
        try {
            a = writer.stream(RESULT, t -> {
                tokens.add(t);
                seen.release();
            }, () -> false);
        } finally {
            model.pacedBy(null);
        }
        assertThat(tokens).containsExactly("Germany", " won", " the cup", " [1]", "[8].");
        assertThat(a.composer()).isEqualTo("llm");
        assertThat(a.answer().text()).isEqualTo("Germany won the cup [1].");
        assertThat(a.removedCitations()).containsExactly(8);
        assertThat(model.requests().getLast().get("stream").asBoolean()).isTrue();
    }

    @Test
    void asksNoModelWhenTheEvidenceHasNoCitations() {
        int before = model.requests().size();
        AskResult none = new AskResult("Write me a poem.", List.of(), List.of(), false,
                new Answer("Cannot answer: no graph of Groundwork holds what this question asks about.", List.of(), Subgraph.EMPTY, "", 0,
                        Map.of()));
        CheckedAnswer a = writer.write(none);
        assertThat(a.composer()).isEqualTo("extractive");
        assertThat(a.answer()).isEqualTo(none.answer());
        assertThat(model.requests()).hasSize(before);
    }

    @Test
    void withoutAProviderStreamsTheExtractiveTextAsOneToken(GraphStore store) {
        List<String> tokens = new ArrayList<>();
        CheckedAnswer a = AnswerWriter.open(LlmSettings.NONE, store).stream(RESULT, tokens::add, () -> false);
        assertThat(tokens).containsExactly(RESULT.answer().text());
        assertThat(a.composer()).isEqualTo("extractive");
        assertThat(a.answer()).isEqualTo(RESULT.answer());
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void fallsBackToTheExtractiveAnswerWithAWarningWhenTheModelServerIsDown(GraphStore store) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/v1";
        AnswerWriter down = AnswerWriter.open(LlmSettings.of("ollama", url, "llama3.2", "", "5s"), store);
        CheckedAnswer a = down.write(RESULT);
        assertThat(a.composer()).isEqualTo("extractive");
        assertThat(a.answer()).isEqualTo(RESULT.answer());
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("the model server at " + url + " (groundwork.llm.provider ollama, model llama3.2) did not answer: ")
                .endsWith("; this is the extractive answer");
        List<String> tokens = new ArrayList<>();
        assertThat(down.stream(RESULT, tokens::add, () -> false).composer()).isEqualTo("extractive");
        assertThat(tokens).containsExactly(RESULT.answer().text());
    }

    @Test
    void fallsBackWhenTheModelTakesLongerThanTheTimeout(GraphStore store) {
        model.says("Germany won [1].").delays(Duration.ofSeconds(3));
        try {
            AnswerWriter impatient = AnswerWriter.open(LlmSettings.of("openai", model.baseUrl(), "fake-model", "", "500ms"), store);
            long t0 = System.nanoTime();
            CheckedAnswer a = impatient.write(RESULT);
            assertThat(a.composer()).isEqualTo("extractive");
            assertThat(a.warnings()).singleElement().asString().contains("did not answer");
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3);
            CheckedAnswer streamed = impatient.stream(RESULT, t -> { }, () -> false);
            assertThat(streamed.composer()).isEqualTo("extractive");
            assertThat(streamed.warnings()).singleElement().asString().contains("did not answer");
        } finally {
            model.delays(Duration.ZERO);
        }
    }

    @Test
    void fallsBackWhenTheModelServerFails() {
        model.status(500);
        try {
            CheckedAnswer a = writer.write(RESULT);
            assertThat(a.composer()).isEqualTo("extractive");
            assertThat(a.warnings()).singleElement().asString().contains("did not answer").contains("the fake model is broken");
        } finally {
            model.status(200);
        }
    }
}
