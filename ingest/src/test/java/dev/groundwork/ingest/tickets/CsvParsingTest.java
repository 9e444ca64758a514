package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.tickets.LinkType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParsingTest {

    private final Fixtures.Parsed bugs = Fixtures.parse(TicketFormat.CSV,
            ParseOptions.defaults().withCsvLinks(Fixtures.path("csv/duplicates.csv")), Fixtures.paths("csv/bugs.csv"));

    @Test
    void keepsMultiLineQuotedDescriptionsWithCrlfAndDoubledQuotes() {
        TicketRecord t = bugs.get("13438913");

        assertThat(t.description()).isEqualTo("The job hangs.\r\nLog says \"committer timed out\", then:\r\n\r\njava.net.SocketTimeoutException: Read timed out");
        assertThat(t.created()).isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(t.resolution()).isEqualTo("Duplicate");
    }

    @Test
    void numbersRecordsByDataRow() {
        assertThat(bugs.records()).extracting(TicketRecord::recordNumber).containsExactly(1L, 2L, 3L);
    }

    @Test
    void splitsCommaSeparatedVersions() {
        assertThat(bugs.get("13547000").versions()).containsExactly("3.3.1", "3.4.0");
        assertThat(bugs.summary().emptyDescriptions()).isEqualTo(1);
    }

    @Test
    void attachesEveryIdOfAQuotedDuplicateList() {
        assertThat(bugs.get("13438913").links()).containsExactly(
                new TicketLink(LinkType.DUPLICATES, "13438913", "13547000", "Duplicate id"),
                new TicketLink(LinkType.DUPLICATES, "13438913", "13396667", "Duplicate id"));
    }

    @Test
    void reportsEachKindOfBadRowWithRecordAndLine() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults().withMaxErrors(3), Fixtures.paths("csv/bad-rows.csv"));

        assertThat(parsed.records()).extracting(TicketRecord::key).containsExactly("1", "4", "5");
        assertThat(parsed.summary().errors()).map(m -> m.substring(m.indexOf("bad-rows.csv"))).containsExactly(
                "bad-rows.csv record 2 (line 3): expected 4 fields as in the header, got 2",
                "bad-rows.csv record 3 (line 4): expected a comma or line end after the closing quote on line 4, got ' '");
    }

    @Test
    void keepsAnUnparseableDateAsTextCountsItAndReadsOn() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.CSV, ParseOptions.defaults().withMaxErrors(3), Fixtures.paths("csv/bad-rows.csv"));

        TicketRecord t = parsed.get("4");
        assertThat(t.created()).isNull();
        assertThat(t.unparsedDates()).containsExactly(java.util.Map.entry("created", "sometime"));
        assertThat(t.description()).isEqualTo("text");
        assertThat(parsed.summary().datesUnparsed()).isEqualTo(1);
    }

    @Test
    void stopsAtTheFirstBadRowByDefault() {
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.CSV, "csv/bad-rows.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("bad-rows.csv record 2 (line 3): expected 4 fields as in the header, got 2");
    }

    @Test
    void keepsTheFirstOfRepeatedKeysAndCountsTheRest() {
        Fixtures.Parsed parsed = Fixtures.parse(TicketFormat.CSV, "csv/duplicate-keys.csv");

        assertThat(parsed.records()).extracting(TicketRecord::title).containsExactly("first copy", "other");
        assertThat(parsed.summary().duplicates()).isEqualTo(1);
        assertThat(parsed.summary().emptyDescriptions()).isEqualTo(1);
    }

    @Test
    void readsAJiraCloudExportsLinkColumnsInBothDirectionsAndItsTwelveHourDates() {
        Fixtures.Parsed jira = Fixtures.parse(TicketFormat.CSV, "csv/jira-cloud-export.csv");

        assertThat(jira.get("WEB-101").created()).isEqualTo(Instant.parse("2023-01-12T10:15:00Z"));
        assertThat(jira.get("WEB-101").resolved()).isEqualTo(Instant.parse("2023-01-14T16:02:00Z"));
        assertThat(jira.get("WEB-101").components()).containsExactly("auth", "ui");
        // WEB-102's outward "Duplicate" link and WEB-101's inward one are the same link: WEB-102 duplicates WEB-101.
        assertThat(jira.get("WEB-102").links()).containsExactly(new TicketLink(LinkType.DUPLICATES, "WEB-102", "WEB-101", "Duplicate"));
        assertThat(jira.get("WEB-101").links()).containsExactly(new TicketLink(LinkType.DUPLICATES, "WEB-102", "WEB-101", "Duplicate"));
        assertThat(jira.get("WEB-103").links()).containsExactly(new TicketLink(LinkType.BLOCKS, "WEB-103", "WEB-104", "Blocks"));
        assertThat(jira.get("WEB-104").links()).isEmpty();
        assertThat(jira.summary().datesUnparsed()).isZero();
    }

    @Test
    void readsABugzillaBuglistExportByItsFieldNames() {
        Fixtures.Parsed bugzilla = Fixtures.parse(TicketFormat.CSV, "csv/bugzilla-buglist.csv");

        assertThat(bugzilla.records()).extracting(TicketRecord::key).containsExactly("1070490", "1070491");
        assertThat(bugzilla.get("1070490")).extracting(TicketRecord::title, TicketRecord::status, TicketRecord::resolution,
                TicketRecord::project, TicketRecord::components, TicketRecord::versions, TicketRecord::labels, TicketRecord::created)
                .containsExactly("Crash on startup after installing add-on", "RESOLVED", "DUPLICATE", "Firefox", List.of("Untriaged"),
                        List.of("31 Branch"), List.of("crash", "regression"), Instant.parse("2014-08-19T09:00:00Z"));
        assertThat(bugzilla.summary().datesUnparsed()).isZero();
    }

    @Test
    void readsAGitLabIssuesExportWithItsUtcDateColumns() {
        Fixtures.Parsed gitlab = Fixtures.parse(TicketFormat.CSV, "csv/gitlab-export.csv");

        TicketRecord t = gitlab.get("41");
        assertThat(t.title()).isEqualTo("Pipeline fails on cache restore");
        assertThat(t.status()).isEqualTo("Closed");
        assertThat(t.description()).contains("context deadline exceeded");
        assertThat(t.created()).isEqualTo(Instant.parse("2023-05-04T10:00:00Z"));
        assertThat(t.resolved()).isEqualTo(Instant.parse("2023-05-06T09:00:00Z"));
        assertThat(t.fixVersions()).containsExactly("v1.4");
        assertThat(t.labels()).containsExactly("ci", "bug");
        assertThat(gitlab.get("42").resolved()).isNull();
    }

    @Test
    void readsAMantisExportWithItsDateOnlySubmissionDates() {
        Fixtures.Parsed mantis = Fixtures.parse(TicketFormat.CSV, "csv/mantis-export.csv");

        assertThat(mantis.records()).extracting(TicketRecord::key).containsExactly("0000731", "0000744");
        TicketRecord t = mantis.get("0000731");
        assertThat(t).extracting(TicketRecord::title, TicketRecord::status, TicketRecord::resolution, TicketRecord::project,
                        TicketRecord::components, TicketRecord::versions, TicketRecord::fixVersions, TicketRecord::created)
                .containsExactly("Invoice export crashes with a NullPointerException", "resolved", "fixed", "Billing",
                        List.of("Invoices"), List.of("2.4.1"), List.of("2.4.2"), Instant.parse("2023-05-04T00:00:00Z"));
        assertThat(mantis.get("0000744").fixVersions()).isEmpty();
        assertThat(mantis.summary().datesUnparsed()).isZero();
    }

    @Test
    void aHeaderWithoutAnyKeyColumnIsRefusedNamingTheColumnsItHas() {
        assertThatThrownBy(() -> Fixtures.parse(TicketFormat.CSV, "csv/no-key-column.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-key-column.csv record 1 (line 2): expected a ticket key column, one of Issue key, Issue id")
                .hasMessageContaining("(any case), got the columns Headline, When");
    }

    @Test
    void readsAnExportASpreadsheetSavedWithSemicolons() {
        Fixtures.Parsed saved = Fixtures.parse(TicketFormat.CSV, "csv/semicolon-export.csv");

        assertThat(saved.records()).extracting(TicketRecord::key).containsExactly("WEB-1", "WEB-2");
        assertThat(saved.get("WEB-1").description()).isEqualTo("NPE at login; see the log");
        assertThat(saved.get("WEB-2").created()).isEqualTo(Instant.parse("2023-02-01T09:00:00Z"));
    }
}
