package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.tickets.LinkType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JiraParsingTest {

    private final Fixtures.Parsed pages = Fixtures.parse(TicketFormat.JIRA, "jira/page1.json", "jira/page2.json");

    @Test
    void readsFieldsOfAPlainTextIssue() {
        TicketRecord t = pages.get("HADOOP-101");

        assertThat(t.title()).isEqualTo("NameNode fails to start after upgrade");
        assertThat(t.type()).isEqualTo("Bug");
        assertThat(t.status()).isEqualTo("Resolved");
        assertThat(t.resolution()).isEqualTo("Duplicate");
        assertThat(t.project()).isEqualTo("HADOOP");
        assertThat(t.components()).containsExactly("namenode", "hdfs");
        assertThat(t.versions()).containsExactly("3.3.0");
        assertThat(t.labels()).containsExactly("upgrade");
        assertThat(t.created()).isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(t.description()).startsWith("The NameNode does not start.").contains("FSNamesystem.java:712");
        assertThat(t.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("Ana");
            assertThat(c.body()).isEqualTo("Same as HADOOP-99.");
        });
        assertThat(t.sourceFile()).endsWith("page1.json");
        assertThat(t.recordNumber()).isEqualTo(1);
    }

    @Test
    void flattensDocumentFormatDescriptionsKeepingHeadingsAndCode() {
        TicketRecord t = pages.get("HADOOP-102");

        assertThat(t.description()).isEqualTo("""
                Uploads are slow.
                h2. Expected result
                Fast uploads.
                {code}
                <property>fs.s3a.fast.upload</property>
                {code}""");
        assertThat(t.comments().get(0).body()).isEqualTo("Caused by HADOOP-101.");
        assertThat(t.project()).isEqualTo("HADOOP");
    }

    @Test
    void normalisesLinkTypesAndDirection() {
        assertThat(pages.get("HADOOP-101").links()).containsExactly(
                new TicketLink(LinkType.DUPLICATES, "HADOOP-101", "HADOOP-99", "Duplicate"),
                new TicketLink(LinkType.BLOCKS, "HADOOP-120", "HADOOP-101", "Blocker"),
                new TicketLink(LinkType.BLOCKS, "HADOOP-5", "HADOOP-101", "Dependency"));
        assertThat(pages.get("HADOOP-102").links()).containsExactly(
                new TicketLink(LinkType.CLONES, "HADOOP-130", "HADOOP-102", "Cloners"),
                new TicketLink(LinkType.CAUSES, "HADOOP-101", "HADOOP-102", "Problem/Incident"));
    }

    @Test
    void readsPagesInOrderAndCountsDuplicateKeysAndEmptyDescriptions() {
        assertThat(pages.records()).extracting(TicketRecord::key).containsExactly("HADOOP-101", "HADOOP-102", "HADOOP-103");
        assertThat(pages.get("HADOOP-101").title()).doesNotContain("seen again");
        assertThat(pages.summary().duplicates()).isEqualTo(1);
        assertThat(pages.summary().emptyDescriptions()).isEqualTo(1);
        assertThat(pages.summary().records()).isEqualTo(3);
    }

    @Test
    void stopsAtTheFirstMalformedIssueByDefault() {
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.JIRA, "jira/missing-key.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("missing-key.json record 1 (line 2): expected a non-empty field 'key', got none");
    }

    @Test
    void skipsMalformedIssuesWithinTheErrorBudget() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults().withMaxErrors(5), Fixtures.paths("jira/missing-key.json"));

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("HADOOP-7", "HADOOP-8");
        assertThat(parsed.summary().skipped()).isEqualTo(2);
        assertThat(parsed.summary().errors().get(1)).endsWith("missing-key.json record 2 (line 3): issue HADOOP-6: expected an object 'fields', got string");
        assertThat(parsed.get("HADOOP-7").unparsedDates()).containsExactly(java.util.Map.entry("created", "yesterday"));
        assertThat(parsed.summary().datesUnparsed()).isEqualTo(1);
    }

    @Test
    void reportsASyntaxErrorWithRecordAndLineAndKeepsEarlierIssues() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, ParseOptions.defaults().withMaxErrors(1), Fixtures.paths("jira/truncated.json"));

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("HADOOP-1");
        assertThat(parsed.summary().errors()).singleElement().asString()
                .contains("truncated.json record 2 (line 3): expected valid JSON (the rest of the file is skipped)");
    }

    @Test
    void throwsOnceTheErrorBudgetIsSpentNamingTheFirstError() {
        ParseOptions oneError = ParseOptions.defaults().withMaxErrors(1);

        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.JIRA, oneError, Fixtures.paths("jira/missing-key.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("record 2 (line 3)")
                .hasMessageContaining("(more than maxErrors=1 errors; first: ");
    }

    @Test
    void readsEveryVariantOfDatesNullFieldsMissingFieldsAndLinkDirections() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.JIRA, "jira/variants.json");

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("ZK-1", "ZK-2", "ZK-3", "ZK-4", "ZK-5");
        assertThat(parsed.get("ZK-1").created()).isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(parsed.get("ZK-1").resolved()).isNull();
        assertThat(parsed.get("ZK-1").components()).isEmpty();
        assertThat(parsed.get("ZK-1").description()).isEmpty();
        assertThat(parsed.get("ZK-2").created()).isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(parsed.get("ZK-2").resolved()).isEqualTo(Instant.parse("2021-10-01T00:00:00Z"));
        assertThat(parsed.get("ZK-2").links()).containsExactly(
                new TicketLink(LinkType.DUPLICATES, "ZK-1", "ZK-2", "Duplicate"),
                new TicketLink(LinkType.DUPLICATES, "ZK-2", "ZK-3", "Duplicate"));
        assertThat(parsed.get("ZK-3").project()).isEqualTo("ZK");
        assertThat(parsed.get("ZK-4").title()).isEmpty();
        assertThat(parsed.get("ZK-5").created()).isNull();
        assertThat(parsed.get("ZK-5").unparsedDates()).containsExactly(
                java.util.Map.entry("created", "the week after the release"), java.util.Map.entry("comments[0].created", "soon"));
        assertThat(parsed.get("ZK-5").comments()).singleElement().satisfies(c -> assertThat(c.body()).isEqualTo("seen too"));
        assertThat(parsed.summary().datesUnparsed()).isEqualTo(2);
        assertThat(parsed.summary().skipped()).isZero();
    }

    @Test
    void rejectsAResponseWithoutIssues() {
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.JIRA, "jira/no-issues.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("no-issues.json: expected a JSON array or an object with an array field 'issues'");
    }
}
