package dev.groundwork.query.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SportsQuestionAnsweringTest {
    private SportsQuestionAnswering qa;

    @BeforeAll
    void loadSmallGraph(GraphStore store) throws IOException {
        qa = load(store, "/sports/small-graph.cypher");
    }

    /** Runs the Cypher statements of a test resource (separated by ";" at a line end) and opens the parser on the graph. */
    /** The values of an answered question; fails, showing the decline, when it was declined. */
    static java.util.List<String> answeredValues(SportsQuestionAnswering qa, String question) {
        var r = qa.answer(question);
        org.assertj.core.api.Assertions.assertThat(r.answered()).as(question + " -> " + r.answer().text()).isTrue();
        return r.values();
    }

    /** The text of a declined question; fails, showing the values, when it was answered. */
    static String declineText(SportsQuestionAnswering qa, String question) {
        var r = qa.answer(question);
        org.assertj.core.api.Assertions.assertThat(r.answered()).as(question + " -> " + r.values()).isFalse();
        return r.answer().text();
    }

    static SportsQuestionAnswering load(GraphStore store, String resource) throws IOException {
        try (InputStream in = SportsQuestionAnsweringTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^//.*$", "");
            for (String statement : text.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    store.write(tx -> tx.run(statement).consume());
                }
            }
        }
        return SportsQuestionAnswering.open(store);
    }

    @Test
    void theLibraryHasAtLeastFortyQueryTemplates() {
        long queries = new TemplateLibrary(dev.groundwork.graph.embedding.TextEmbedder.shared()).templates().stream()
                .filter(t -> !t.isRefusal()).count();
        assertThat(queries).isGreaterThanOrEqualTo(40);
    }

    @Test
    void answersTheWinnerAndCitesTheTeamNode() {
        var r = qa.answer("Who won the World Cup in 2014?");
        assertThat(r.answered()).isTrue();
        assertThat(r.values()).containsExactly("Germany");
        assertThat(r.template()).isEqualTo("tournament_winner");
        assertThat(r.answer().citations()).extracting(c -> c.snippet()).contains("Germany");
        assertThat(r.answer().cypher()).contains("$tournament");
    }

    @Test
    void givesTheScoreFromTheFirstNamedTeamsSide() {
        assertThat(qa.answer("What was the score of Argentina against Germany in the 2014 final?").values()).containsExactly("0–1");
        assertThat(qa.answer("What was the score of germany vs argentina at the 2014 World Cup?").values()).containsExactly("1–0");
    }

    @Test
    void readsAHostAndYearAsTheTournament() {
        assertThat(qa.answer("Who won the World Cup at Brazil 2014?").values()).containsExactly("Germany");
    }

    @Test
    void keepsWestGermanyAndGermanyApart() {
        assertThat(qa.answer("How many World Cups has West Germany won?").values()).containsExactly("1");
        assertThat(qa.answer("How many World Cups has Germany won?").values()).containsExactly("1");
        assertThat(qa.answer("Who won the 1954 World Cup?").values()).containsExactly("West Germany");
    }

    @Test
    void aMatchThatHappenedTwiceIsAmbiguous() {
        var r = qa.answer("What was the score of Hungary vs West Germany in 1954?");
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).isEqualTo("Cannot answer: the question is ambiguous: 2 matches fit the teams, year and stage named.");
    }

    @Test
    void aYearWithoutAWorldCupIsNotGuessed() {
        var r = qa.answer("Who won the World Cup in 2030?");
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).isEqualTo("Cannot answer: there was no men's World Cup in 2030.");
    }

    @Test
    void aYearWithOnlyAWomensWorldCupMeansThatOne() {
        assertThat(qa.answer("Who won the World Cup in 2015?").values()).containsExactly("United States");
    }

    @Test
    void aFamilyNameSharedByTwoPlayersIsAmbiguous() {
        var r = qa.answer("How many World Cup goals did Müller score?");
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).startsWith("Cannot answer: 'Müller' is ambiguous: 2 players");
    }

    @Test
    void findsAPlayerByAMisspeltName() {
        assertThat(qa.answer("How many World Cup goals did Mario Gotzee score?").values()).containsExactly("1");
    }

    @Test
    void refusesWhatTheDataDoesNotRecord() {
        var r = qa.answer("How many spectators attended the 2014 final?");
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).isEqualTo("Cannot answer: the data has no attendance figures.");
    }

    @Test
    void adaptsToTheEvaluationsSystemInterface() {
        assertThat(qa.system().answer("In which stadium was the 2014 final played?").values()).containsExactly("Estádio do Maracanã");
        assertThat(qa.system().answer("What is the capital of France?").answered()).isFalse();
    }
}
