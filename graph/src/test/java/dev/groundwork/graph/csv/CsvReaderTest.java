package dev.groundwork.graph.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

    private static List<CsvRecord> readAll(String text) {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(new StringReader(text), "t.csv", false)) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                out.add(r.get());
            }
        }
        return out;
    }

    @Test
    void keepsLineBreaksCommasAndDoubledQuotesInsideQuotedFields() {
        List<CsvRecord> records = readAll("a,b\r\n\"x, \"\"y\"\"\r\nz\",2\r\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("x, \"y\"\r\nz", "2");
    }

    @Test
    void countsPhysicalLinesSeparatelyFromRecords() {
        List<CsvRecord> records = readAll("h\n\"one\ntwo\nthree\"\nnext\n");

        assertThat(records.get(2).number()).isEqualTo(3);
        assertThat(records.get(2).line()).isEqualTo(5);
    }

    @Test
    void numbersTheHeaderZeroWhenToldOfOne() {
        try (CsvReader csv = CsvReader.open(new StringReader("h\nfirst\n"), "t.csv", true)) {
            assertThat(csv.next()).map(CsvRecord::number).contains(0L);
            assertThat(csv.next()).map(CsvRecord::number).contains(1L);
        }
    }

    @Test
    void dropsByteOrderMarkAndSkipsBlankLines() {
        List<CsvRecord> records = readAll("\uFEFFid,x\n\n1,\n");

        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("id", "x"), List.of("1", ""));
    }

    @Test
    void reportsTextAfterClosingQuoteAndContinuesWithTheNextLine() {
        try (CsvReader csv = CsvReader.open(new StringReader("a\n\"bad\"x,1\nok\n"), "t.csv", true)) {
            csv.next();
            assertThatThrownBy(csv::next)
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("t.csv record 1 (line 2): expected a comma or line end after the closing quote on line 2, got 'x'");
            assertThat(csv.next()).map(CsvRecord::fields).contains(List.of("ok"));
        }
    }

    @Test
    void reportsQuoteLeftOpenAtEndOfFile() {
        assertThatThrownBy(() -> readAll("a\n1,\"never closed\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.csv record 2 (line 2): expected a closing quote for the field opened at line 2, got the end of the file");
    }

    @Test
    void positionAfterARecordIsItsLineEndHoweverFarTheParserReadAhead() {
        String text = "\uFEFFa,b\r\n\"x\r\ny\",2\r\n\nlast,3";
        try (CsvReader csv = CsvReader.open(new StringReader(text), "t.csv", true)) {
            assertThat(csv.next()).isPresent();
            assertThat(csv.position()).isEqualTo(6);
            assertThat(csv.next()).map(CsvRecord::fields).contains(List.of("x\r\ny", "2"));
            assertThat(csv.position()).isEqualTo(16);
            assertThat(csv.next()).map(CsvRecord::line).contains(5L);
            assertThat(csv.position()).isEqualTo(text.length());
            assertThat(csv.next()).isEmpty();
        }
    }

    @Test
    void endsRecordsAtALoneCarriageReturnAndKeepsAQuoteInsideAnUnquotedField() {
        List<CsvRecord> records = readAll("a,b\rx\"y,2\r");

        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("x\"y", "2"));
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Summary,Issue key,Status | ,", "Summary;Issue key;Status | ;", "Summary\tIssue key\tStatus | TAB",
            "\"a;b;c\",d,e | ,", "Summary | ,", "a,b;c | ,"})
    void findsTheDelimiterAHeaderLineUsesMostOutsideQuotes(String header, String expected) {
        assertThat(CsvReader.delimiterOf(header)).isEqualTo(expected.equals("TAB") ? '\t' : expected.charAt(0));
    }

    @Test
    void readsSemicolonSeparatedFieldsWithQuotedSemicolons() {
        try (CsvReader csv = CsvReader.open(new StringReader("k;v\n1;\"a;b\"\n"), "t.csv", true, ';')) {
            assertThat(csv.next()).get().extracting(CsvRecord::fields).isEqualTo(List.of("k", "v"));
            assertThat(csv.next()).get().extracting(CsvRecord::fields).isEqualTo(List.of("1", "a;b"));
        }
    }

    @Test
    void refusesAQuoteAsDelimiter() {
        assertThatThrownBy(() -> CsvReader.open(new StringReader(""), "t.csv", true, '"'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delimiter must not be a quote or a line break, got 34");
    }
}
