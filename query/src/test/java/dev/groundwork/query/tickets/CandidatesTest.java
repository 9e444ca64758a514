package dev.groundwork.query.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private static final TicketGraph NO_STRUCTURE = new TicketGraph(Map.of(), Map.of(), Identifiers.of(Map.of(), 5), Map.of(), 5);

    private static List<String> keys(Candidates c, TicketRetriever.Weights w) {
        return c.rank(w, 10).stream().map(TicketRetriever.Scored::key).toList();
    }

    @Test
    void aWideLeadOnOneEvidenceOutranksACloseLeadOnTheOther() {
        // Ranks alone tie "close" (first by BM25, second by cosine) with "far" (the other way round); the margins do not.
        double none = Double.NaN;
        Candidates c = evidence(new String[] {"close", "far", "c", "d", "e"}, new double[] {10, 9.9, 5, 4, 3},
                new double[] {none, none, none, none, none}, new double[] {0.50, 0.95, 0.49, 0.48, 0.47});

        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS).getFirst()).isEqualTo("far");
    }

    @Test
    void aTicketOnlySectionMatchFoundIsNotRankedSoThatSwitchingThePartKeepsThePool() {
        Candidates.Builder b = new Candidates.Builder(1);
        b.bm25("a", 3);
        b.dense(0, "a", 0.9);
        b.bm25("b", 2);
        b.dense(0, "b", 0.5);
        b.sectioned(Candidates.TITLE_BM25, "only-by-title", 50);
        Candidates c = b.build(NO_STRUCTURE, Set.of(), Map.of(), Set.of());

        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS)).containsExactly("a", "b");
        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS.with(Set.of(RetrievalPart.SECTION_MATCH)))).containsExactly("a", "b");
    }

    /** Candidates of one question text: per key its best section's BM25, its whole text's (NaN: no whole hit) and a cosine. */
    private static Candidates evidence(String[] keys, double[] sectionBm25, double[] wholeBm25, double[] cosine) {
        return evidence(NO_STRUCTURE, null, keys, sectionBm25, wholeBm25, cosine);
    }

    /** The same over {@code graph}, for a question filed at {@code filed} (null: not a ticket). */
    private static Candidates evidence(TicketGraph graph, Instant filed, String[] keys, double[] sectionBm25, double[] wholeBm25,
                                       double[] cosine) {
        Candidates.Builder b = new Candidates.Builder(1);
        b.filed(filed);
        for (int i = 0; i < keys.length; i++) {
            b.bm25(keys[i], sectionBm25[i]);
            if (!Double.isNaN(wholeBm25[i])) {
                b.wholeBm25(keys[i], wholeBm25[i]);
            }
            b.dense(0, keys[i], cosine[i]);
        }
        return b.build(graph, Set.of(), Map.of(), Set.of());
    }

    @Test
    void theWholeTicketsBm25RanksInPlaceOfTheBestSectionsWhenItsPartIsOn() {
        // "spread" matches the question over its title and trace, no single section of it well; "one" has one good section.
        Candidates c = evidence(new String[] {"one", "spread", "third"}, new double[] {9, 4, 1}, new double[] {9, 15, 1},
                new double[] {0.6, 0.6, 0.2});

        assertThat(TicketRetriever.Weights.DEFAULTS.parts()).contains(RetrievalPart.WHOLE_TICKET);
        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS)).containsExactly("spread", "one", "third");
        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS.without(Set.of(RetrievalPart.WHOLE_TICKET)))).containsExactly("one", "spread", "third");
        assertThat(c.rank(TicketRetriever.Weights.DEFAULTS, 1).getFirst().parts()).containsEntry("bm25", 15.0);
    }

    @Test
    void withoutWholeTicketDocumentsInTheIndexTheSectionsBm25StandsIn() {
        // An index written before whole-ticket documents: no whole hit at all, so the default ranks by the sections' BM25.
        double none = Double.NaN;
        Candidates c = evidence(new String[] {"one", "spread", "third"}, new double[] {9, 4, 1}, new double[] {none, none, none},
                new double[] {0.6, 0.6, 0.2});

        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS)).containsExactly("one", "spread", "third");
    }

    @Test
    void sharedIdentifiersRaiseATicketOnlyWhenTheirPartIsOn() {
        TicketGraph graph = new TicketGraph(Map.of(), Map.of(),
                Identifiers.of(Map.of("keyed", "fails when dfs.client.socket-timeout is low", "plain", "a timeout"), 3), Map.of(), 3);
        Candidates.Builder b = new Candidates.Builder(1);
        b.bm25("plain", 5);
        b.dense(0, "plain", 0.8);
        b.bm25("keyed", 4);
        b.dense(0, "keyed", 0.7);
        b.bm25("third", 1);
        b.dense(0, "third", 0.1);
        Candidates c = b.build(graph, Set.of(), Identifiers.counts("timeouts with dfs.client.socket-timeout=1000"), Set.of());

        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS).getFirst()).isEqualTo("plain");
        assertThat(keys(c, TicketRetriever.Weights.DEFAULTS.with(Set.of(RetrievalPart.IDENTIFIERS))).getFirst()).isEqualTo("keyed");
    }

    @Test
    void aTicketFiledNearTheQuestionsRisesOnlyWhenItsPartIsOnAndTheQuestionHasAFilingTime() {
        Instant filed = Instant.parse("2021-09-30T17:20:00Z");
        TicketGraph graph = new TicketGraph(Map.of(), Map.of(), Identifiers.of(Map.of(), 4),
                Map.of("years-apart", filed.minus(Duration.ofDays(900)), "days-apart", filed.plus(Duration.ofDays(3)),
                        "far", filed.minus(Duration.ofDays(2000))), 4);
        TicketRetriever.Weights textOnly = TicketRetriever.Weights.fused(Set.of());
        TicketRetriever.Weights near = TicketRetriever.Weights.fused(Set.of(RetrievalPart.NEAR_IN_TIME));

        Candidates asTicket = timed(graph, filed);
        Candidates asQuestion = timed(graph, null);

        // "undated" has the best text; the graph does not know when it was filed, so it counts as the farthest.
        assertThat(keys(asTicket, textOnly)).containsExactly("undated", "years-apart", "days-apart", "far");
        assertThat(keys(asTicket, near)).containsExactly("days-apart", "years-apart", "undated", "far");
        assertThat(keys(asQuestion, near)).isEqualTo(keys(asQuestion, textOnly));
    }

    private static Candidates timed(TicketGraph graph, Instant filed) {
        double none = Double.NaN;
        return evidence(graph, filed, new String[] {"years-apart", "days-apart", "undated", "far"}, new double[] {5, 4.5, 5.2, 1},
                new double[] {none, none, none, none}, new double[] {0.8, 0.75, 0.82, 0.1});
    }
}
