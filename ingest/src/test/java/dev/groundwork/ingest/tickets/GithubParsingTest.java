package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
}
