package dev.groundwork.query.sports;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CueTest {
    @Test
    void readsTheKindOfAnswerFromTheInterrogative() {
        assertThat(Cue.of("Where was the final played?")).contains(Cue.PLACE);
        assertThat(Cue.of("In which stadium was the final?")).contains(Cue.PLACE);
        assertThat(Cue.of("On what date was the final?")).contains(Cue.DATE);
        assertThat(Cue.of("How many goals did he score?")).contains(Cue.NUMBER);
        assertThat(Cue.of("What was the score of the final?")).contains(Cue.SCORE);
        assertThat(Cue.of("Who won?")).contains(Cue.NAME);
        assertThat(Cue.of("Tell me about the final")).isEqualTo(Optional.empty());
    }
}
