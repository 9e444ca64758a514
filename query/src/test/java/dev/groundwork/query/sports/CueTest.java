package dev.groundwork.query.sports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CueTest {
    /** An empty second column: no cue. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Where was the final played?       | PLACE
            In which stadium was the final?   | PLACE
            On what date was the final?       | DATE
            How many goals did he score?      | NUMBER
            What was the score of the final?  | SCORE
            Who won?                          | NAME
            Tell me about the final           |
            """)
    void readsTheKindOfAnswerFromTheInterrogative(String question, Cue expected) {
        assertThat(Cue.of(question)).isEqualTo(Optional.ofNullable(expected));
    }
}
