package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinuteTest {
    @Test
    void parsesRegulationAndStoppageTimeInTheWaysSourcesWriteThem() {
        assertThat(Minute.parse("19'", "x")).isEqualTo(new Minute(19, 0));
        assertThat(Minute.parse("90+3'", "x")).isEqualTo(new Minute(90, 3));
        assertThat(Minute.parse("90'+1'", "x")).isEqualTo(new Minute(90, 1));
        assertThat(Minute.parse("69' (penalty.)", "x")).isEqualTo(new Minute(69, 0));
        assertThat(Minute.parse("45 + 2", "x")).isEqualTo(new Minute(45, 2));
        assertThat(Minute.parse("120", "x").label()).isEqualTo("120'");
    }

    @Test
    void rejectsAMinuteBeyondExtraTimeNamingWhere() {
        assertThatThrownBy(() -> Minute.parse("190'", "goals.csv:7: column minute_label"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("goals.csv:7: column minute_label is '190'', expected a minute of at most 130 plus at most 30 of stoppage time");
    }
}
