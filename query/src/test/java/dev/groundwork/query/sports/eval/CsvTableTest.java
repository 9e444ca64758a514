package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("t.csv", "a,b\n\"Korea, Japan\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\r\nlast,row\n");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).get("a")).isEqualTo("Korea, Japan");
        assertThat(table.rows().get(0).get("b")).isEqualTo("say \"hi\"");
        assertThat(table.rows().get(1).get("a")).isEqualTo("two\nlines");
        assertThat(table.rows().get(2).line()).isEqualTo(5);
    }

    @Test
    void rowWithTheWrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n1,2\n3\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.csv:3: expected 2 fields as in the header, got 1");
    }

    @Test
    void unknownColumnAndNonIntegerAreBadInput() {
        CsvTable table = CsvTable.parse("t.csv", "a\nx\n");
        assertThatThrownBy(() -> table.rows().getFirst().get("b")).hasMessage("t.csv:2: expected a column 'b', the header has [a]");
        assertThatThrownBy(() -> table.rows().getFirst().integer("a")).hasMessage("t.csv:2: expected an integer in column 'a', got 'x'");
    }

    @Test
    void unclosedQuoteNamesTheLineItOpened() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a\n\"open\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.csv:2: expected a closing quote for the field opened on this line");
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> CsvTable.read(Path.of("no-such-dir", "goals.csv")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("goals.csv: no such file");
    }
}
