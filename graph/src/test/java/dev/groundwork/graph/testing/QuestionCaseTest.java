package dev.groundwork.graph.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A table case fails when the reply differs in any way it states, and a line that states nothing is refused. */
class QuestionCaseTest {
    private static QuestionCase of(String json) throws Exception {
        var node = new ObjectMapper().readTree(json);
        return new QuestionCase("t.jsonl:1", node.get("behaviour").asText(), node.get("question").asText(), node);
    }

    private static QuestionCase.Reply answered(String... values) {
        return new QuestionCase.Reply(true, List.of(values), "");
    }

    private static QuestionCase.Reply declined(String text) {
        return new QuestionCase.Reply(false, List.of(), text);
    }

    @Test
    void answersPassesOnlyForTheSameValuesInTheSameOrder() throws Exception {
        QuestionCase c = of("{\"behaviour\": \"b\", \"question\": \"q?\", \"answers\": [\"1991\", \"2015\"]}");

        c.check(q -> answered("1991", "2015"));
        assertThatThrownBy(() -> c.check(q -> answered("2015", "1991"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> c.check(q -> answered("1991"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> c.check(q -> declined("Cannot answer"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("t.jsonl:1 q? -> Cannot answer");
    }

    @Test
    void aDeclineMustBeADeclineWithTheStatedText() throws Exception {
        QuestionCase saying = of("{\"behaviour\": \"b\", \"question\": \"q?\", \"declinesSaying\": [\"2 matches fit\", \"at home\"]}");
        QuestionCase exactly = of("{\"behaviour\": \"b\", \"question\": \"q?\", \"declinesWith\": \"Cannot answer: no.\"}");

        saying.check(q -> declined("Cannot answer: 2 matches fit; say which team was at home"));
        assertThatThrownBy(() -> saying.check(q -> declined("Cannot answer: 2 matches fit"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> saying.check(q -> new QuestionCase.Reply(true, List.of("x"), "2 matches fit at home")))
                .isInstanceOf(AssertionError.class);
        exactly.check(q -> declined("Cannot answer: no."));
        assertThatThrownBy(() -> exactly.check(q -> declined("Cannot answer: no. Really."))).isInstanceOf(AssertionError.class);
    }

    @Test
    void neverGivesFailsWhenAnyOfTheValuesComesBack() throws Exception {
        QuestionCase c = of("{\"behaviour\": \"b\", \"question\": \"q?\", \"neverGives\": [\"1\", \"7\"]}");

        c.check(q -> answered("1–7"));
        c.check(q -> declined("Cannot answer"));
        assertThatThrownBy(() -> c.check(q -> answered("7"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void aLineWithoutOneExpectationOrWithAnUnknownKeyIsRefused() {
        assertThatThrownBy(() -> of("{\"behaviour\": \"b\", \"question\": \"q?\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.jsonl:1: expected exactly one expectation");
        assertThatThrownBy(() -> of("{\"behaviour\": \"b\", \"question\": \"q?\", \"answer\": [\"x\"]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown keys [answer]");
        assertThatThrownBy(() -> of("{\"behaviour\": \"b\", \"question\": \"q?\", \"answers\": [\"x\"], \"declinesWith\": \"y\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of("{\"behaviour\": \"b\", \"question\": \"q?\", \"answersCount\": 9}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingSkipsCommentsAndBlankLinesAndNamesEachCaseByItsLine() {
        assertThat(QuestionCase.read(QuestionCaseTest.class, "/testing/question-cases.jsonl"))
                .extracting(QuestionCase::source, QuestionCase::toString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/testing/question-cases.jsonl:3", "a: Who won?"));
    }
}
