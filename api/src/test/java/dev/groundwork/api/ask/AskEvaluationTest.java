package dev.groundwork.api.ask;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AskEvaluationTest {
    private static List<AskEvaluation.Question> parse(String text) {
        return AskEvaluation.questions(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "q.tsv");
    }

    @Test
    void readsTheExpectedValueColumnWithAlternativesAndAcceptsTwoColumnLines() {
        List<AskEvaluation.Question> qs = parse("""
                # comment
                sports\tWho won in 2014?\tGermany
                commonsense\tWhere is bread kept?\tpantry | oven
                commonsense\tWhat does a tree have?\t-
                none\tWhat is 17 times 23?
                """);
        assertThat(qs).extracting(AskEvaluation.Question::values)
                .containsExactly(List.of("Germany"), List.of("pantry", "oven"), List.of(), List.of());
        assertThat(qs.get(3).expected()).isEmpty();
    }

    @Test
    void aLineWithoutAQuestionNamesTheFileAndLine() {
        assertThatThrownBy(() -> parse("sports\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("q.tsv line 1: expected 'domains<TAB>question[<TAB>value]', got 'sports'");
    }

    @Test
    void everyShippedAnswerableQuestionHasAValueOrSaysTheSampleHoldsNone() {
        List<AskEvaluation.Question> qs = AskEvaluation.shipped();
        long answerable = qs.stream().filter(q -> !q.expected().isEmpty()).count();
        long valued = qs.stream().filter(q -> !q.values().isEmpty()).count();
        assertThat(valued).isGreaterThanOrEqualTo(answerable - 2);
        assertThat(qs.stream().filter(q -> q.expected().isEmpty())).allMatch(q -> q.values().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Croatia. France beat Croatia 4–2 in the 2018 final.  | Croatia.
            Upgrade Xerces to 2.12.2 now. Then more.             | Upgrade Xerces to 2.12.2 now.
            Keep e.g. this inside? Yes                           | Keep e.g. this inside?
            No stop at all                                       | No stop at all
            """)
    void theFirstSentenceEndsAtAStopFollowedByACapitalOrTheEnd(String text, String first) {
        assertThat(AskEvaluation.firstSentence(text)).isEqualTo(first);
    }

    @Test
    void aStopBeforeALineEndEndsTheFirstSentence() {
        assertThat(AskEvaluation.firstSentence("sports: no answer.\ntickets: Ticket 1.")).isEqualTo("sports: no answer.");
    }

    @Test
    void aValueCountsOnlyAsWholeWords() {
        assertThat(AskEvaluation.containsAny("184 (yellow cards)", List.of("8"))).isFalse();
        assertThat(AskEvaluation.containsAny("Uruguay received 8 yellow cards.", List.of("8"))).isTrue();
        assertThat(AskEvaluation.containsAny("A cat is usually found at a bed.", List.of("vet", "BED"))).isTrue();
    }

    @Test
    void aRefusalIsNeverAFirstSentenceHitEvenWhenItNamesTheValue() {
        assertThat(AskEvaluation.refusal("Cannot answer: the question is ambiguous: 5 matches fit the teams.")).isTrue();
        assertThat(AskEvaluation.refusal("sports: Cannot answer: the graph holds no data on that competition.")).isTrue();
        assertThat(AskEvaluation.refusal("Germany.")).isFalse();
    }
}
