package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.groundwork.graph.tickets.LinkType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GithubParsingTest {

    private final Fixtures.Parsed issues = Fixtures.parse(TicketFormat.GITHUB, "github/issues.json");

    @Test
    void keysIssuesByRepositoryAndNumber() {
        TicketRecord t = issues.get("acme/widgets#12");

        assertThat(t.title()).isEqualTo("Crash when saving");
        assertThat(t.status()).isEqualTo("closed");
        assertThat(t.resolution()).isEqualTo("not_planned");
        assertThat(t.project()).isEqualTo("acme/widgets");
        assertThat(t.labels()).containsExactly("bug", "duplicate");
        assertThat(t.fixVersions()).containsExactly("v2.1");
        assertThat(t.resolved()).isEqualTo(Instant.parse("2023-03-02T10:00:00Z"));
        assertThat(t.comments()).singleElement().extracting(TicketComment::author).isEqualTo("maintainer");
    }

    @Test
    void turnsDuplicatePhrasesIntoDuplicateLinksAndOtherReferencesIntoRelated() {
        assertThat(issues.get("acme/widgets#12").links()).extracting(TicketLink::type, TicketLink::targetKey).containsExactly(
                tuple(LinkType.RELATES_TO, "acme/widgets#3"),
                tuple(LinkType.RELATES_TO, "acme/gadgets#7"),
                tuple(LinkType.DUPLICATES, "acme/widgets#10"));
    }

    @Test
    void ignoresSelfReferencesEntitiesAndNumbersInsideWords() {
        TicketRecord pr = issues.get("acme/widgets#13");

        assertThat(pr.type()).isEqualTo("Pull request");
        assertThat(pr.comments()).isEmpty();
        assertThat(pr.links()).extracting(TicketLink::type, TicketLink::targetKey)
                .containsExactly(tuple(LinkType.DUPLICATES, "acme/widgets#12"));
    }

    @Test
    void readsOneIssuePerLineSkippingABrokenLine() {
        Fixtures.Parsed lines = Fixtures.parse(TicketFormat.GITHUB, ParseOptions.defaults().withMaxErrors(1), Fixtures.paths("github/issues.ndjson"));

        assertThat(lines.records()).extracting(TicketRecord::key).containsExactly("#1", "#3");
        assertThat(lines.get("#3").links()).containsExactly(new TicketLink(LinkType.DUPLICATES, "#3", "#1", "duplicates #1"));
        assertThat(lines.summary().errors()).singleElement().asString()
                .contains("issues.ndjson record 2 (line 2): expected one JSON object on the line, got: ");
    }

    @Test
    void readsNullFieldsDateVariantsAndKeepsAnUnparseableDateAsText() {
        Fixtures.Parsed v = Fixtures.parse(TicketFormat.GITHUB, "github/variants.json");

        assertThat(v.records()).extracting(TicketRecord::key).containsExactly("#41", "#42", "#43");
        assertThat(v.get("#41").description()).isEmpty();
        assertThat(v.get("#41").labels()).isEmpty();
        assertThat(v.get("#41").resolved()).isNull();
        assertThat(v.get("#42").created()).isEqualTo(Instant.parse("2021-09-30T17:20:00.123Z"));
        assertThat(v.get("#42").resolved()).isEqualTo(Instant.parse("2021-10-01T00:00:00Z"));
        assertThat(v.get("#42").comments()).singleElement().extracting(TicketComment::created)
                .isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(v.get("#42").links()).extracting(TicketLink::type, TicketLink::targetKey)
                .containsExactly(tuple(LinkType.DUPLICATES, "#41"));
        assertThat(v.get("#43").created()).isNull();
        assertThat(v.get("#43").unparsedDates()).containsEntry("created", "n/a");
        assertThat(v.summary().datesUnparsed()).isEqualTo(1);
        assertThat(v.summary().skipped()).isZero();
    }

    @Test
    void readsTheGraphQlShapeGhIssueListPrintsWithRepositoryDatesAndCommentAuthors() {
        Fixtures.Parsed gh = Fixtures.parse(TicketFormat.GITHUB, "github/gh-cli.json");

        assertThat(gh.records()).extracting(TicketRecord::key).containsExactly("acme/editor#12", "acme/editor#9", "acme/editor#15");
        TicketRecord t = gh.get("acme/editor#12");
        assertThat(t.project()).isEqualTo("acme/editor");
        assertThat(t.created()).isEqualTo(Instant.parse("2024-03-02T10:11:12Z"));
        assertThat(t.resolved()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(t.resolution()).isEqualTo("COMPLETED");
        assertThat(t.type()).isEqualTo("Issue");
        assertThat(t.labels()).containsExactly("bug");
        assertThat(t.fixVersions()).containsExactly("v1.2");
        assertThat(t.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("max");
            assertThat(c.created()).isEqualTo(Instant.parse("2024-03-03T09:00:00Z"));
        });
        assertThat(t.links()).extracting(TicketLink::type, TicketLink::targetKey)
                .containsExactly(tuple(LinkType.DUPLICATES, "acme/editor#9"));
        assertThat(gh.get("acme/editor#9").resolved()).isNull();
        assertThat(gh.summary().datesUnparsed()).isZero();
    }

    @Test
    void readsGraphQlConnectionsAndTellsAPullRequestByItsUrl() {
        TicketRecord pr = Fixtures.parse(TicketFormat.GITHUB, "github/gh-cli.json").get("acme/editor#15");

        assertThat(pr.type()).isEqualTo("Pull request");
        assertThat(pr.labels()).containsExactly("fix");
        assertThat(pr.comments()).extracting(TicketComment::author).containsExactly("zoe");
        assertThat(pr.created()).isEqualTo(Instant.parse("2024-03-04T12:00:00Z"));
    }
}
