package dev.groundwork.query.sports;

import dev.groundwork.graph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.groundwork.graph.testing.SharedNeo4j;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions written the way people ask them, over {@code /sports/stranger-graph.cypher} (a World Cup slice, a whole
 * league season where each pair met twice, StatsBomb-style substitutions): each building block answers, and each
 * part it cannot honour makes it decline rather than answer another question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNeo4j.class)
class StrangerQuestionsTest {
    /** Opened once on the graph: the same parser a server keeps per store. */
    private SportsQuestionAnswering qa;

    @BeforeAll
    void loadGraph(GraphStore store) throws IOException {
        qa = SportsQuestionAnsweringTest.load(store, "/sports/stranger-graph.cypher");
    }

    private java.util.List<String> values(String question) {
        return SportsQuestionAnsweringTest.answeredValues(qa, question);
    }

    private String declined(String question) {
        return SportsQuestionAnsweringTest.declineText(qa, question);
    }

    @Test
    void theHomeTeamPicksOneOfALeaguePairsTwoMeetings() {
        assertThat(values("What was the score when Liverpool hosted Arsenal in the 2022/23 Premier League?")).containsExactly("2–2");
        assertThat(values("When did Arsenal play at Liverpool in the 2022/23 Premier League?")).containsExactly("2023-04-09");
        assertThat(values("What was the result of Liverpool against Arsenal at home in the 2022/23 Premier League?")).containsExactly("2–2");
    }

    @Test
    void aLeaguePairWithoutAHomeTeamIsAskedWhich() {
        assertThat(declined("What was the score between Arsenal and Liverpool in the 2022/23 Premier League?"))
                .contains("2 matches fit").contains("say which team was at home");
    }

    @Test
    void aWorldCupPairWrittenAsVersusIsNotReadAsHomeAndAway() {
        assertThat(values("What was the score of Brazil vs Germany at the 2014 World Cup?")).containsExactly("1–7");
    }

    @Test
    void answersTheHalfTimeScoreWhereTheSourceHasIt() {
        assertThat(values("What was the half-time score when Arsenal hosted Liverpool in the 2022/23 Premier League?"))
                .containsExactly("2–1");
        assertThat(declined("What was the score at half-time in the 2014 World Cup final?")).startsWith("Cannot answer");
    }

    @Test
    void answersATeamsSeasonRecordCountsAndPoints() {
        assertThat(values("How many games did Chelsea lose in the 2022/23 Premier League?")).containsExactly("3");
        assertThat(values("What was Liverpool's W-D-L record in the 2022/23 Premier League?")).containsExactly("1–2–1");
        assertThat(values("How many points did Arsenal end the 2022/23 Premier League with?")).containsExactly("10");
        assertThat(values("How many goals did Liverpool let in during the 2022/23 Premier League?")).containsExactly("5");
        assertThat(values("What was Germany's win-draw-loss record at the 2014 World Cup?")).containsExactly("3–0–0");
    }

    @Test
    void answersSeasonWideCountsAndRankings() {
        assertThat(values("Which club let in the most goals in the 2022/23 Premier League?")).containsExactly("Liverpool FC");
        assertThat(values("How many draws were there in the 2022/23 Premier League?")).containsExactly("2");
        assertThat(values("How many home wins were there in the 2022/23 Premier League?")).containsExactly("3");
    }

    @Test
    void answersWhoCameOnForAPlayerByTheSubstitutionsOwnId() {
        assertThat(values("Who came on for Bukayo Saka when Arsenal hosted Liverpool in the 2022/23 Premier League?"))
                .containsExactly("Leandro Trossard");
        // The reverse question (whom he replaced) is not what the template reads.
        assertThat(declined("Who did Reiss Nelson replace when Arsenal hosted Liverpool in the 2022/23 Premier League?"))
                .startsWith("Cannot answer: understood");
    }

    @Test
    void readsTheFirstOrMostRecentWorldCupAsItsYear() {
        assertThat(values("Which nation won the inaugural World Cup?")).containsExactly("Uruguay");
        assertThat(values("Who hosted the first women's World Cup?")).containsExactly("China");
        assertThat(values("Who won the most recent men's World Cup?")).containsExactly("Germany");
        // "the first World Cup goal" orders goals, which no template reads.
        assertThat(declined("Who scored the first World Cup goal?")).startsWith("Cannot answer");
    }

    @Test
    void honoursAStageInCountsAndManagers() {
        assertThat(values("How many goals did Thomas Müller get in the group stage of the 2014 World Cup?")).containsExactly("3");
        assertThat(values("How many goals were scored in the 2014 World Cup final?")).containsExactly("1");
        assertThat(values("Who managed Germany in the 2014 final?")).containsExactly("Joachim Löw");
        assertThat(declined("Who was Brazil's coach in the 2014 final?")).startsWith("Cannot answer");
        // A stage narrows a ranking, but a question without "most" or "top" asks for none.
        assertThat(qa.answer("Who played in the World Cup final?").values()).doesNotContain("Mario Götze");
    }

    @Test
    void answersSquadQuestions() {
        assertThat(values("How many players did Germany take to the 2014 World Cup?")).containsExactly("2");
        assertThat(values("Which World Cups did Thomas Müller play at?")).containsExactly("2014");
        assertThat(values("What shirt number did Götze wear at the 2014 World Cup?")).containsExactly("19");
        assertThat(declined("How many World Cup matches did Thomas Müller play?"))
                .isEqualTo("Cannot answer: the data does not record which players played in a match.");
    }

    @Test
    void answersTournamentFacts() {
        assertThat(values("How many stadiums were used at the 2014 World Cup?")).containsExactly("3");
        assertThat(values("When did the 2014 World Cup kick off?")).containsExactly("2014-06-16");
        assertThat(values("How many women's World Cups have there been?")).containsExactly("2");
    }

    @Test
    void answersAboutOneMatchAndOneSide() {
        assertThat(values("In which round did Brazil face Germany at the 2014 World Cup?")).containsExactly("semi-finals");
        assertThat(values("How many goals did Germany score against Brazil at the 2014 World Cup?")).containsExactly("7");
        assertThat(values("Who scored the penalty for Germany against Portugal at the 2014 World Cup?")).containsExactly("Thomas Müller");
        assertThat(values("How many substitutions did Arsenal make against Liverpool at home in the 2022/23 Premier League?"))
                .containsExactly("2");
        // A match's goals without a side are its score, not one team's goals.
        assertThat(qa.answer("How many goals were scored in Brazil vs Germany at the 2014 World Cup?").values()).doesNotContain("1", "7");
    }

    @Test
    void answersHostingAndAllTimeCounts() {
        assertThat(values("How many times has Brazil hosted the World Cup?")).containsExactly("1");
        assertThat(values("How many World Cup matches have gone to a penalty shoot-out?")).containsExactly("0");
        assertThat(values("In what year was the first women's World Cup held?")).containsExactly("1991");
    }

    @Test
    void aLowerCaseWordIsNoFamilyNameInACasedQuestion() {
        assertThat(values("In which city was the 2014 final held?")).containsExactly("Rio de Janeiro");
        assertThat(values("Which referee was in charge of the 2014 final?")).containsExactly("Nicola Rizzoli");
    }
}
