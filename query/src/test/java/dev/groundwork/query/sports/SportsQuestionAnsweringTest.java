package dev.groundwork.query.sports;

import dev.groundwork.query.sports.eval.SportsEval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions over {@code /sports/small-graph.cypher}: those whose answer is a value or a decline are the lines of
 * {@code /sports/small-graph-questions.jsonl}; the tests here check what a table line cannot (templates, citations, the
 * evaluation's interface).
 */
class SportsQuestionAnsweringTest extends SportsQuestionTableTest {
    SportsQuestionAnsweringTest() {
        super("/sports/small-graph-questions.jsonl", "/sports/small-graph.cypher");
    }

    @Test
    void theLibraryHasAtLeastFortyQueryTemplates() {
        long queries = new TemplateLibrary(dev.groundwork.graph.embedding.TextEmbedder.shared()).templates().stream()
                .filter(t -> !t.isRefusal()).count();
        assertThat(queries).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theWarmUpRunsEveryTemplatesCypherAndTheQuestionsAfterItAnswerAsBefore() {
        // The test JVMs switch the warm-up off (the poms' groundwork.sports.warm-up), so this is where it runs:
        // every template's Cypher and precondition, twice; a template whose Cypher does not plan fails here.
        var before = qa.answer("Who won the World Cup in 2014?").values();
        qa.warmUp();
        assertThat(qa.answer("Who won the World Cup in 2014?").values()).isEqualTo(before).containsExactly("Germany");
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
    void adaptsToTheEvaluationsSystemInterface() {
        assertThat(SportsEval.parser(qa).answer("In which stadium was the 2014 final played?").values()).containsExactly("Estádio do Maracanã");
        assertThat(SportsEval.parser(qa).answer("What is the capital of France?").answered()).isFalse();
    }
}
