package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsUtf8Test {
    @TempDir
    Path temp;

    @Test
    void aRowThatIsNotUtf8StopsTheFileNamingItsLineAndByteOffset() throws Exception {
        Path file = temp.resolve("teams.csv");
        Files.write(file, new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', 'A', '\n', '2', ',', (byte) 0xFE, '\n'});

        assertThatThrownBy(() -> CsvRows.forEach(file, row -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage("teams.csv:3: not valid UTF-8 at byte offset 14");
    }

    @Test
    void aQuotedFieldLeftOpenNamesTheFile() throws Exception {
        Path file = temp.resolve("teams.csv");
        Files.writeString(file, "id,name\n1,\"open\n");

        assertThatThrownBy(() -> CsvRows.forEach(file, row -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage("teams.csv:2: a quoted field is not closed before the end of the file");
    }
}
