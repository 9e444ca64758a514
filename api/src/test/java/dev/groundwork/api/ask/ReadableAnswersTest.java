package dev.groundwork.api.ask;

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
        CommonsenseIngest.run(store, CommonsenseIngest.Options.of(CommonsenseIngest.Format.CN100K, List.of(everyday)));
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
        Answer a = SportsDomain.compose(new SportsAnswerer.Result(true, List.of("Germany"), "tournament_winner", "MATCH ...", List.of(), raw,
                SportsAnswerer.PARSER));
        assertThat(a.text()).isEqualTo("Germany. Tournament winner, from 1 cited node: Germany [1].");
        assertThat(a.citations()).isEqualTo(raw.citations());
        SportsAnswerer.Result unanswered = new SportsAnswerer.Result(false, List.of(), "t", "", List.of(),
                new Answer("Cannot answer: the graph has no record for this question.", List.of(), Subgraph.EMPTY, "", 0, Map.of()),
                SportsAnswerer.PARSER);
        assertThat(SportsDomain.compose(unanswered).text()).isEqualTo("Cannot answer: the graph has no record for this question.");
    }
}
