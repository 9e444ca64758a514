package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsUtf8Test {
    @TempDir
    Path temp;

    @Test
    void aRowThatIsNotUtf8StopsTheFileNamingItsLineAndByteOffset() throws Exception {
        readingFails(new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', 'A', '\n', '2', ',', (byte) 0xFE, '\n'})
                .hasMessage("teams.csv:3: not valid UTF-8 at byte offset 14");
    }

    @Test
    void aQuotedFieldLeftOpenNamesTheFile() throws Exception {
        readingFails("id,name\n1,\"open\n".getBytes(StandardCharsets.UTF_8))
                .hasMessage("teams.csv record 1 (line 2): expected a closing quote for the field opened at line 2, got the end of the file");
    }

    @Test
    void quotedFieldsKeepDoubledQuotesAndCrlfAndAQuoteInsideAnUnquotedFieldIsText() throws Exception {
        Path file = temp.resolve("teams.csv");
        Files.writeString(file, "\uFEFFid,name\r\n1,\"Korea \"\"Republic\"\"\r\nof\"\r\n2,Cote d\"Ivoire\r\n");
        java.util.List<CsvRow> rows = new java.util.ArrayList<>();

        CsvRows.forEach(file, rows::add);

        org.assertj.core.api.Assertions.assertThat(rows).extracting(CsvRow::fields)
                .containsExactly(java.util.List.of("1", "Korea \"Republic\"\r\nof"), java.util.List.of("2", "Cote d\"Ivoire"));
        org.assertj.core.api.Assertions.assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4);
        org.assertj.core.api.Assertions.assertThat(rows.getFirst().text("id")).isEqualTo("1");
    }

    /** Reading a {@code teams.csv} of {@code content} fails with a {@link BadInputException}; its message is asserted next. */
    private AbstractThrowableAssert<?, ? extends Throwable> readingFails(byte[] content) throws IOException {
        Path file = temp.resolve("teams.csv");
        Files.write(file, content);
        return assertThatThrownBy(() -> CsvRows.forEach(file, row -> { })).isInstanceOf(BadInputException.class);
    }
}
