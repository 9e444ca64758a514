package dev.groundwork.api.cli;

import java.util.List;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The World Cup fixture (2014, with Messi in Argentina's squad) and then StatsBomb's Barcelona 2–2 Girona, a La Liga
 * match of a club the World Cup data does not have: Messi stays one player, and both his World Cup goals and the league
 * match are answered; {@code eval sports --questions} scores a question file against that graph without ingesting.
 */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnePlayerAcrossSourcesTest {
    private GraphStore store;
    private SportsIngest.Summary statsbomb;
    private SportsQuestionAnswering qa;

    @BeforeAll
    void ingestTheWorldCupThenALeagueMatch(GraphStore store) throws URISyntaxException {
        this.store = store;
        SportsIngest.ingest(store, "worldcup", List.of(SportsFormatsQuestionAnsweringTest.fixture("worldcup-fixture")), IngestOptions.DEFAULTS, line -> {});
        statsbomb = SportsIngest.ingest(store, "statsbomb", List.of(SportsFormatsQuestionAnsweringTest.fixture("statsbomb-fixture")), IngestOptions.DEFAULTS, line -> {});
        qa = SportsQuestionAnswering.open(store);
    }

    private long count(String cypher) {
        return store.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    @Test
    void messiIsOneNodeInArgentinasSquadAndBarcelonas() {
        assertThat(count("MATCH (p:Player) WHERE p.name = 'Lionel Messi' OR p.statsbombId = 5503 RETURN count(p)")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Team {name: 'Argentina'})<-[:MEMBER_OF]-(p:Player {playerId: 'P-14758', statsbombId: 5503})-[:MEMBER_OF]->(:Team {name: 'Barcelona'})
                RETURN count(p)""")).isEqualTo(1);
        assertThat(count("MATCH (:Player {playerId: 'P-14758'})-[:PLAYED_IN]->(:Match {statsbombId: 15986}) RETURN count(*)")).isEqualTo(1);
        assertThat(statsbomb.merged().get("players")).as("Messi at least").isPositive();
    }

    @Test
    void theLeagueMatchIsAnswered() {
        var r = qa.answer("What was the score of Barcelona against Girona?");
        assertThat(r.answered()).as(r.answer().text()).isTrue();
        assertThat(r.values()).containsExactly("2–2");
    }

    @Test
    void hisWorldCupGoalsAreNotAmbiguous() {
        var r = qa.answer("How many goals did Lionel Messi score at the 2014 World Cup?");
        assertThat(r.answer().text()).doesNotContain("ambiguous");
        assertThat(r.values()).as(r.answer().text()).containsExactly("4");
    }

    @Test
    void evalQuestionsScoresAFileAgainstTheGraphAsItIs(@TempDir Path dir) throws Exception {
        Path file = Path.of(Objects.requireNonNull(getClass().getResource("/sports-eval/questions.jsonl")).toURI());
        long nodes = count("MATCH (n) RETURN count(n)");
        Path outcomes = dir.resolve("outcomes.jsonl");
        var run = CommandLineTest.against(store, "eval", "sports", "--questions", file.toString(), "--outcomes", outcomes.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode graph = run.lastJson().get("systems").get("graph");
        for (String key : new String[] {"accuracy", "wrong_rate", "decline_rate", "p50_ms", "p95_ms", "n"}) {
            assertThat(graph.has(key)).as(key).isTrue();
        }
        assertThat(run.lastJson().get("systems").size()).as("no RAG baseline without --data").isEqualTo(1);
        assertThat(graph.get("n").asInt()).isEqualTo(5);
        assertThat(graph.get("accuracy").asDouble()).as(Files.readString(outcomes)).isEqualTo(0.8);
        assertThat(graph.get("wrong_rate").asDouble()).isEqualTo(0.2);
        assertThat(graph.get("decline_rate").asDouble()).isEqualTo(0.2);
        assertThat(count("MATCH (n) RETURN count(n)")).as("nothing ingested").isEqualTo(nodes);
        var lines = Files.readAllLines(outcomes);
        assertThat(lines).hasSize(5);
        JsonNode first = new ObjectMapper().readTree(lines.getFirst());
        assertThat(first.properties()).extracting(java.util.Map.Entry::getKey)
                .startsWith("system", "id", "question", "values", "declined", "method", "correct", "latency_ms");
        assertThat(first.get("id").asText()).isEqualTo("league-score");
        assertThat(first.get("values").get(0).asText()).isEqualTo("2–2");
        assertThat(first.get("method").asText()).isEqualTo("parser");
        JsonNode declined = new ObjectMapper().readTree(lines.get(2));
        assertThat(declined.get("declined").asBoolean()).isTrue();
        // A decline's line carries the parser's reason, so a declined question can be read without asking it again.
        assertThat(declined.get("text").asText()).as(lines.get(2)).isNotBlank();
        assertThat(first.get("text").asText()).as(lines.getFirst()).contains("2");
    }

    @Test
    void evalQuestionsRefusesAnEmptyGraphAndNeedsExactlyOneSource(@TempDir Path dir) throws Exception {
        Path file = Path.of(Objects.requireNonNull(getClass().getResource("/sports-eval/questions.jsonl")).toURI());
        var empty = CommandLineTest.groundwork("eval", "sports", "--questions", file.toString(), "--db", dir.resolve("db").toString());
        assertThat(empty.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(empty.err().strip().lines()).hasSize(1);
        assertThat(empty.err()).contains("--questions: the graph is empty");
        var both = CommandLineTest.groundwork("eval", "sports", "--questions", file.toString(), "--data", dir.toString());
        assertThat(both.err().strip()).isEqualTo("groundwork: give exactly one of --data DIR (the gold set) and --questions FILE, got both");
        var bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"question\": \"Who won?\", \"answers\": \"Brazil\"}\n");
        var run = CommandLineTest.against(store, "eval", "sports", "--questions", bad.toString());
        assertThat(run.err().strip()).isEqualTo("groundwork: " + bad + ":1: expected an array field 'answers' ([] when the right answer is to decline)");
    }
}
