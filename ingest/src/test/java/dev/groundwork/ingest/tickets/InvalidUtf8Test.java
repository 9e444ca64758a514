package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.testing.BadUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid UTF-8 in every ticket format is a malformed record: counted and skipped within the error budget, otherwise an
 * error naming the file, the line and the byte offset; never replaced, so two different bad keys cannot merge.
 */
class InvalidUtf8Test {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    @Test
    void csvTwoKeysThatDifferOnlyInInvalidBytesDoNotMergeOntoOneReplacedKey() throws IOException {
        // The attack: with replacement, "caf\xE9" and "caf\xFF" both become "caf\uFFFD" and one overwrites the other.
        byte[] content = BadUtf8.bytes("Issue id,Summary\r\nok-1,fine\r\ncaf\u0001,first\r\n");
        content = java.util.Arrays.copyOf(content, content.length + 12);
        byte[] second = {'c', 'a', 'f', (byte) 0xFF, ',', 's', 'e', 'c', 'o', 'n', 'd', '\n'};
        System.arraycopy(second, 0, content, content.length - 12, 12);
        Path file = write("keys.csv", content);

        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults().withMaxErrors(2), file);

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("ok-1");
        assertThat(parsed.summary().skipped()).isEqualTo(2);
        assertThat(parsed.summary().invalidUtf8()).isEqualTo(2);
        assertThat(parsed.summary().errors()).containsExactly(
                file + " record 2 (line 3): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content),
                file + " record 3 (line 4): not valid UTF-8 at byte offset " + (content.length - 9));
    }

    @Test
    void csvWithoutABudgetStopsAtTheFirstBadRecordNamingFileLineAndByteOffset() throws IOException {
        byte[] content = BadUtf8.bytes("Issue id,Summary,Description\n1,ok,\"two\nlines\"\n2,caf\u0001,x\n");
        Path file = write("latin1.csv", content);

        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults(), file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " record 2 (line 4): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content));
    }

    @Test
    void csvBadByteOnTheSecondLineOfAQuotedFieldRejectsThatRecordAndKeepsLineBreaksOfTheOthers() throws IOException {
        byte[] content = BadUtf8.bytes("Issue id,Summary,Description\r\n1,ok,\"two\r\nlines\"\r\n2,bad,\"first\r\nsecond \u0001\"\r\n3,ok,x\r\n");
        Path file = write("multi.csv", content);

        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults().withMaxErrors(1), file);

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("1", "3");
        assertThat(parsed.get("1").description()).isEqualTo("two\r\nlines");
        assertThat(parsed.summary().errors()).containsExactly(
                file + " record 2 (line 5): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content));
    }

    @Test
    void jiraIssueWithAnInvalidByteIsSkippedWithItsLineAndOffsetAndTheNextIssueIsRead() throws IOException {
        byte[] content = BadUtf8.bytes("{\"issues\":[\n{\"key\":\"A-1\",\"fields\":{\"summary\":\"caf\u0001\"}},\n"
                + "{\"key\":\"A-2\",\"fields\":{\"summary\":\"fine\"}}\n]}");
        Path file = write("page.json", content);

        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults().withMaxErrors(1), file);

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("A-2");
        assertThat(parsed.summary().errors()).containsExactly(
                file + " record 1 (line 2): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content));
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults(), file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " record 1 (line 2): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content));
    }

    @Test
    void githubArrayAndOnePerLineInputSkipTheBadIssueOnly() throws IOException {
        String issue = "{\"number\":%d,\"title\":\"%s\",\"state\":\"open\",\"created_at\":\"2024-01-01T00:00:00Z\"}";
        byte[] array = BadUtf8.bytes("[" + issue.formatted(1, "caf\u0001") + ",\n" + issue.formatted(2, "fine") + "]");
        byte[] lines = BadUtf8.bytes(issue.formatted(1, "fine") + "\n" + issue.formatted(2, "caf\u0001") + "\n");
        Path arrayFile = write("issues.json", array);
        Path linesFile = write("issues.jsonl", lines);

        Fixtures.Parsed fromArray = Fixtures.parse(TicketFormat.GITHUB, ParseOptions.defaults().withMaxErrors(1), arrayFile);
        Fixtures.Parsed fromLines = Fixtures.parse(TicketFormat.GITHUB, ParseOptions.defaults().withMaxErrors(1), linesFile);

        assertThat(fromArray.records()).hasSize(1);
        assertThat(fromArray.records().getFirst().title()).isEqualTo("fine");
        assertThat(fromArray.summary().errors()).containsExactly(
                arrayFile + " record 1 (line 1): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(array));
        assertThat(fromLines.records()).hasSize(1);
        assertThat(fromLines.records().getFirst().title()).isEqualTo("fine");
        assertThat(fromLines.summary().errors()).containsExactly(
                linesFile + " record 2 (line 2): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(lines));
    }

    @Test
    void csvHeaderWithAnInvalidByteStopsTheFileEvenWithinTheBudgetInsteadOfDroppingEveryRowUnreported() throws IOException {
        // The attack: one bad byte in the header used to cost one error within --max-errors while every row was dropped.
        byte[] content = BadUtf8.bytes("Issue id,Summ\u0001ary\n1,ok\n2,ok\n");
        Path file = write("header.csv", content);

        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults().withMaxErrors(5), file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " line 1: not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content)
                        + " in the header row; expected the column names in UTF-8");
    }

    @Test
    void jiraInvalidByteInThePageAroundTheIssuesIsReportedWithLineAndOffsetNotIgnored() throws IOException {
        // The attack: bytes outside every record were never checked, so a corrupt page passed as clean.
        byte[] before = BadUtf8.bytes("{\"expand\":\"caf\u0001\",\n\"issues\":[\n{\"key\":\"A-1\",\"fields\":{\"summary\":\"fine\"}}\n]}");
        byte[] after = BadUtf8.bytes("{\"issues\":[\n{\"key\":\"A-1\",\"fields\":{\"summary\":\"fine\"}}\n],\n\"names\":{\"x\":\"caf\u0001\"}}\n");
        Path beforeFile = write("before.json", before);
        Path afterFile = write("after.json", after);

        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults().withMaxErrors(1), beforeFile);

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("A-1");
        assertThat(parsed.summary().invalidUtf8()).isEqualTo(1);
        assertThat(parsed.summary().errors()).containsExactly(
                beforeFile + " line 1: not valid UTF-8 at byte offset " + BadUtf8.firstOffset(before) + ", outside any record");
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults(), afterFile))
                .isInstanceOf(BadInputException.class)
                .hasMessage(afterFile + " line 4: not valid UTF-8 at byte offset " + BadUtf8.firstOffset(after) + ", outside any record");
    }

    @Test
    void githubArrayInvalidByteBetweenTwoIssuesIsNamedAsInvalidUtf8RatherThanAsBrokenJson() throws IOException {
        String issue = "{\"number\":%d,\"title\":\"%s\",\"state\":\"open\",\"created_at\":\"2024-01-01T00:00:00Z\"}";
        byte[] array = BadUtf8.bytes("[" + issue.formatted(1, "fine") + ",\n\u0001\n" + issue.formatted(2, "fine") + "]");
        Path file = write("between.json", array);

        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.GITHUB, ParseOptions.defaults(), file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " record 2 (line 2): not valid UTF-8 at byte offset " + BadUtf8.firstOffset(array)
                        + " (the rest of the file is skipped)");
    }
}
