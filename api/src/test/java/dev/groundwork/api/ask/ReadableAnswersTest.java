package dev.groundwork.api.ask;

import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.query.sports.SportsAnswerer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Extractive answers read like answers: a direct first sentence, ranked and phrased statements, correct grammar. */
@ExtendWith(SharedNeo4j.class)
class ReadableAnswersTest {
    private static DomainEngines engines;
    private static Asker asker;

    @BeforeAll
    static void ingestTheDemoCommonsense(GraphStore store, @TempDir Path dir) throws Exception {
        Path everyday = dir.resolve("cn100k-everyday.txt");
        try (var in = ReadableAnswersTest.class.getResourceAsStream("/demo/commonsense/cn100k-everyday.txt")) {
            Files.copy(in, everyday);
        }
        CommonsenseIngest.ingest(store, CommonsenseIngest.Format.CN100K, List.of(everyday), IngestOptions.DEFAULTS, IngestProgress.NONE);
        engines = new DomainEngines(store);
        asker = Asker.open(engines, LinkScores.NONE);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @Test
    void whereACatLikesToSleepRanksABedLikePlaceAboveTheVet() {
        String text = asker.ask("Where does a cat like to sleep?", "commonsense", 3).answer().text();
        String first = AskEvaluation.firstSentence(text).toLowerCase(Locale.ROOT);
        assertThat(first).startsWith("cat [1] is usually found at ").containsPattern("\\b(bed|sofa|couch|basket|lap|armchair)\\b");
        int bedLike = text.toLowerCase(Locale.ROOT).indexOf("bed");
        int vet = text.toLowerCase(Locale.ROOT).indexOf(" vet ");
        assertThat(bedLike).isNotNegative();
        if (vet >= 0) {
            assertThat(bedLike).isLessThan(vet);
        }
    }

    @Test
    void relationsArePhrasedInEnglishNotAsRelationIds() {
        String text = asker.ask("Where would you find a hammer?", "commonsense", 3).answer().text();
        assertThat(text).contains("is usually found at").doesNotContain("AtLocation");
        assertThat(Sentences.relation("UsedFor")).isEqualTo("is used for");
        assertThat(Sentences.relation("WORKS_FOR")).isEqualTo("works for");
        assertThat(Sentences.relation("hasPart")).isEqualTo("has part");
    }

    @Test
    void countsAndListsAreGrammatical() {
        assertThat(Sentences.count(1, "cited node")).isEqualTo("1 cited node");
        assertThat(Sentences.count(2, "cited node")).isEqualTo("2 cited nodes");
        assertThat(Sentences.count(0, "cited node")).isEqualTo("0 cited nodes");
        assertThat(Sentences.list(List.of("a"), "or")).isEqualTo("a");
        assertThat(Sentences.list(List.of("a", "b", "c"), "or")).isEqualTo("a, b or c");
    }

    @Test
    void aSportsAnswerStartsWithItsValuesThenWhatTheyRestOn() {
        Answer raw = new Answer("Germany (tournament winner; 1 cited nodes).", List.of(new Citation("4:x:1", "Team", "Germany")),
                new Subgraph(List.of(new Node("4:x:1", List.of("Team"), Map.of("name", "Germany"))), List.of()), "MATCH ...", 0.9, Map.of());
        Answer a = SportsDomain.compose("Who won the World Cup in 2014?", new SportsAnswerer.Result(true, List.of("Germany"), "tournament_winner", "MATCH ...", List.of(), raw,
                SportsAnswerer.PARSER));
        assertThat(a.text()).isEqualTo("Germany. Tournament winner, from 1 cited node: Germany [1].");
        assertThat(a.citations()).isEqualTo(raw.citations());
        SportsAnswerer.Result unanswered = new SportsAnswerer.Result(false, List.of(), "t", "", List.of(),
                new Answer("Cannot answer: the graph has no record for this question.", List.of(), Subgraph.EMPTY, "", 0, Map.of()),
                SportsAnswerer.PARSER);
        assertThat(SportsDomain.compose("Who won the World Cup in 1900?", unanswered).text()).isEqualTo("Cannot answer: the graph has no record for this question.");
    }

    private static SportsAnswerer.Result sports(List<String> values, String template) {
        List<Citation> citations = values.stream().map(v -> new Citation("4:x:" + v, "Team", v)).toList();
        List<Node> nodes = values.stream().map(v -> new Node("4:x:" + v, List.of("Team"), Map.of("name", v))).toList();
        Answer raw = new Answer(String.join(", ", values), citations, new Subgraph(nodes, List.of()), "MATCH ...", 0.9, Map.of());
        return new SportsAnswerer.Result(true, values, template, "MATCH ...", List.of(), raw, SportsAnswerer.PARSER);
    }

    @Test
    void aSportsAnswerLeavesOutTheValuesTheQuestionItselfNames() {
        Answer a = SportsDomain.compose("Who did Germany beat in the 2014 final?", sports(List.of("Argentina", "Germany"), "final_teams"));
        assertThat(AskEvaluation.firstSentence(a.text())).isEqualTo("Argentina.");
        assertThat(a.text()).contains("Argentina [1] and Germany [2]");
        Answer both = SportsDomain.compose("Who won the match between Brazil and Germany in 2014?", sports(List.of("Germany"), "match_winner"));
        assertThat(AskEvaluation.firstSentence(both.text())).isEqualTo("Germany.");
    }

    @Test
    void aYesNoQuestionAnsweredWithValuesThatAreNotYesOrNoIsDeclined() {
        Answer a = SportsDomain.compose("Did the 2014 final go to extra time?", sports(List.of("2014-07-13"), "match_date"));
        assertThat(a.text()).isEqualTo("Cannot answer: the question asks whether something is so, and the sports templates found"
                + " only 2014-07-13 (match date), which does not settle it.");
        assertThat(AskEvaluation.containsAny(a.text(), List.of("yes", "no"))).as("a refusal must not read as yes or no").isFalse();
        assertThat(a.citations()).isEmpty();
        assertThat(a.evidence().nodes()).isEmpty();
        Answer yes = SportsDomain.compose("Did Brazil reach the semi-finals in 2014?", sports(List.of("Yes"), "reached_stage"));
        assertThat(AskEvaluation.firstSentence(yes.text())).isEqualTo("Yes.");
        assertThat(Sentences.isPolar("Is there a ticket about log4j?")).isTrue();
        assertThat(Sentences.isPolar("Who won in 2014?")).isFalse();
    }

    @Test
    void aTicketsAnswerStartsWithTheBestMatchAndItsRunnersUp() {
        Node best = new Node("4:t:1", List.of("Ticket"), Map.of("key", "13393040", "title", "Upgrade log4j to fix critical vulnerability"));
        Node section = new Node("4:s:1", List.of("Section"), Map.of("kind", "SUMMARY", "text", "Upgrade log4j"));
        Node next = new Node("4:t:2", List.of("Ticket"), Map.of("key", "13328117", "title", "Upgrade SpotBugs"));
        String raw = "Ticket 13393040, \"Upgrade log4j to fix critical vulnerability\" [1]; summary: Upgrade log4j [2].\n"
                + "Ticket 13328117, \"Upgrade SpotBugs\" [3].";
        Answer a = TicketsDomain.compose(new Answer(raw, List.of(new Citation("4:t:1", "Ticket", "13393040: Upgrade log4j to fix critical vulnerability"),
                new Citation("4:s:1", "Section", "Upgrade log4j"), new Citation("4:t:2", "Ticket", "13328117: Upgrade SpotBugs")),
                new Subgraph(List.of(best, section, next), List.of()), "MATCH ...", 0.7, Map.of()));
        assertThat(AskEvaluation.firstSentence(a.text()))
                .isEqualTo("The best match is ticket 13393040, \"Upgrade log4j to fix critical vulnerability\" [1]; then 13328117 [3].");
        assertThat(a.text()).endsWith(raw);
        Answer none = new Answer("No ticket in the graph matches this question.", List.of(), Subgraph.EMPTY, "", 0, Map.of());
        assertThat(TicketsDomain.compose(none)).isEqualTo(none);
    }

    @Test
    void aRelationsPrepositionIsNotRepeatedByItsObject() {
        assertThat(Sentences.object("is usually found at", "at repair shop")).isEqualTo("repair shop");
        assertThat(Sentences.object("is usually found at", "attic")).isEqualTo("attic");
        assertThat(Sentences.object("is used for", "for")).isEqualTo("for");
    }
}
