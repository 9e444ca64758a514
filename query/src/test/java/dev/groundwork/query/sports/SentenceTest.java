package dev.groundwork.query.sports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceTest {
    private static List<String> texts(String question) {
        return Sentence.of(question).stream().map(s -> s.in(question)).toList();
    }

    @Test
    void sentencesSplitOnlyAtTheSpacesAfterAnEndMark() {
        assertThat(texts("I thought Brazil won.  Who won the 2.0 final?! Who; then")).containsExactly(
                "I thought Brazil won.", "Who won the 2.0 final?!", "Who;", "then");
        assertThat(texts("Who won in 2002.Who scored?")).containsExactly("Who won in 2002.Who scored?");
    }

    @Test
    void spacesAtTheEndMakeNoSentence() {
        assertThat(texts("Who won? ")).containsExactly("Who won?");
        assertThat(texts("")).containsExactly("");
    }

    @Test
    void aBeliefStartsItsSentenceOrATagQuestionIsInIt() {
        String question = "We heard Italy won. Italy beat Brazil, didn't they? So I thought Spain won. Who won?";
        assertThat(Sentence.of(question).stream().map(s -> s.believed(question)).toList()).containsExactly(true, true, false, false);
    }

    @Test
    void theSentenceAroundASpanEndsAtAnyEndMarkOutsideIt() {
        String question = "Who won in 2002.I thought St. Pauli won? Who";
        int at = question.indexOf("St. Pauli");
        Sentence around = Sentence.around(question, at, at + "St. Pauli".length());
        assertThat(around.in(question)).isEqualTo("I thought St. Pauli won?");
        assertThat(around.hedges(question, at)).isTrue();
        assertThat(Sentence.around(question, question.length() - 3, question.length()).in(question)).isEqualTo(" Who");
    }
}
