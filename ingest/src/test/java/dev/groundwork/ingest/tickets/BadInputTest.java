package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void keepsAFieldLongerThanJacksonsDefaultLimitWhole() throws IOException {
        String huge = "x".repeat(21_000_000);
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"issues\":[{\"key\":\"BIG-1\",\"fields\":{\"description\":\"" + huge + "\"}}]}");

        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults(), file);

        assertThat(parsed.get("BIG-1").description()).hasSize(huge.length());
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("none.json");

        assertThatThrownBy(() -> TicketParser.parse(TicketFormat.JIRA, List.of(missing), ParseOptions.defaults(), r -> { }))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket file " + missing + ": expected a readable file, which does not exist");
    }

    @Test
    void namesAMissingLinksFile() {
        Path missing = dir.resolve("links.csv");
        ParseOptions options = ParseOptions.defaults().withCsvLinks(missing);

        assertThatThrownBy(() -> TicketParser.parse(TicketFormat.CSV, List.of(Fixtures.path("csv/bugs.csv")), options, r -> { }))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("links file " + missing + ": expected a readable CSV file, which does not exist");
    }
}
