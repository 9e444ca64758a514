package dev.groundwork.graph.bulk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCsvTest {
    @Test
    void writesQuotedUtf8StringsBareNumbersAndEmptyFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rows.csv");
        try (ImportCsv csv = ImportCsv.create(file)) {
            csv.value(7L).string("say \"hi\", then go").string("/c/ja/日本").string("𝄞 clef é").none().value(0.25).value(true).endRow();
            csv.string("").string(null).value(-3L).endRow();
            assertThat(csv.multiline()).isFalse();
            assertThat(csv.rows()).isEqualTo(2);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "7,\"say \"\"hi\"\", then go\",\"/c/ja/日本\",\"𝄞 clef é\",,0.25,true\n" + "\"\",,-3\n");
    }

    @Test
    void remembersALineBreakInsideAString(@TempDir Path dir) {
        try (ImportCsv csv = ImportCsv.create(dir.resolve("rows.csv"))) {
            csv.string("two\r\nlines").endRow();
            assertThat(csv.multiline()).isTrue();
        }
    }

    @Test
    void writesRowsLongerThanItsBuffer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.csv");
        String big = "ü".repeat(50_000) + "x".repeat(70_000);
        try (ImportCsv csv = ImportCsv.create(file)) {
            csv.string(big).endRow();
        }
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).isEqualTo(List.of("\"" + big + "\""));
    }

    @Test
    void writesAHeaderFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("header.csv");
        ImportCsv.header(file, List.of(":ID", "name", "größe:double"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(":ID,name,größe:double\n");
    }
}
