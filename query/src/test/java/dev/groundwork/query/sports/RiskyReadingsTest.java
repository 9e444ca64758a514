package dev.groundwork.query.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings of a question that have two meanings, or a part no template honours, over {@code /sports/stranger-graph.cypher}
 * plus {@code /sports/risky-readings-extra.cypher} (a 2014 semi-final decided by a shoot-out): each is declined with what
 * was understood and what is missing, or answered only where both meanings agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNeo4j.class)
class RiskyReadingsTest {
    private SportsQuestionAnswering qa;

    @BeforeAll
    void loadGraph(GraphStore store) throws IOException {
        SportsQuestionAnsweringTest.load(store, "/sports/stranger-graph.cypher");
        qa = SportsQuestionAnsweringTest.load(store, "/sports/risky-readings-extra.cypher");
    }

    private java.util.List<String> values(String question) {
        return SportsQuestionAnsweringTest.answeredValues(qa, question);
    }

    private String declined(String question) {
        return SportsQuestionAnsweringTest.declineText(qa, question);
    }

    @Test
    void worldCupFinalsInThePluralIsAnsweredOnlyWhereTheTournamentAndItsFinalAgree() {
        assertThat(declined("How many goals were scored at the 2014 World Cup finals?")).contains("'World Cup finals' may mean");
        assertThat(declined("How many World Cup finals has Germany played in?")).startsWith("Cannot answer");
        // The tournament's winner is its final's winner.
        assertThat(values("Who won the 2014 World Cup finals?")).containsExactly("Germany");
        assertThat(values("How many goals were scored in the 2014 World Cup final?")).containsExactly("1");
    }

    @Test
    void reachingAFinalIsNotWinningIt() {
        assertThat(qa.answer("How many times has Argentina reached the World Cup final?").values()).doesNotContain("0");
    }

    @Test
    void resultsCountedOverAShootOutAreDeclinedUnlessTheQuestionSaysHowToCountIt() {
        assertThat(declined("What was Argentina's win-draw-loss record at the 2014 World Cup?")).contains("penalty shoot-out");
        assertThat(declined("How many draws were there at the 2014 World Cup?")).contains("penalty shoot-out");
        assertThat(values("What was Argentina's win-draw-loss record at the 2014 World Cup, shoot-outs included?")).containsExactly("1–0–1");
        // A count of wins alone is not in doubt: a shoot-out winner won.
        assertThat(values("How many matches did Argentina win at the 2014 World Cup?")).containsExactly("1");
        // No shoot-out among Germany's matches: nothing to choose between.
        assertThat(values("What was Germany's win-draw-loss record at the 2014 World Cup?")).containsExactly("3–0–0");
    }

    @Test
    void aVersusBSaysNothingAboutWhoWasAtHome() {
        assertThat(declined("Arsenal v Liverpool, 2022/23 Premier League - what was the score?"))
                .contains("2 matches fit").contains("say which team was at home");
        assertThat(values("What was the score when Arsenal played Liverpool at home in the 2022/23 Premier League?"))
                .containsExactly("3–2");
    }

    @Test
    void theOpponentIsNoAnswerWhenTheQuestionNamesBothTeams() {
        assertThat(qa.answer("who won when germany played brazil in 2014").values()).doesNotContain("Brazil");
        assertThat(values("Who did Germany beat in the 2014 final?")).containsExactly("Argentina");
        // "Did A or B win?" asks for a team, not the score.
        assertThat(values("Did Germany or Portugal win their game at the 2014 World Cup?")).containsExactly("Germany");
    }

    @Test
    void aTeamsGoalsAreNotItsGoalsConceded() {
        assertThat(values("How many goals did Chelsea score in the 2022/23 Premier League?")).containsExactly("0");
        assertThat(values("How many goals did Chelsea concede in the 2022/23 Premier League?")).containsExactly("3");
    }

    @Test
    void whichYearsATeamWonIsNotItsFirstAppearance() {
        assertThat(values("In which years did the United States win the Women's World Cup?")).containsExactly("1991", "2015");
        assertThat(values("How many times has the United States won the Women's World Cup?")).containsExactly("2");
    }

    @Test
    void declinesAMeasureNoSourceHoldsAndAStageNoTemplateReads() {
        assertThat(declined("Who was the tallest player at the 2014 World Cup?")).startsWith("Cannot answer");
        assertThat(declined("How many goals were scored in the knockout stage of the 2014 World Cup?")).startsWith("Cannot answer");
        assertThat(declined("How many World Cup goals has Thomas Müller's son scored?")).startsWith("Cannot answer");
    }

    @Test
    void aCityNamedAfterACountryIsNotTheTeam() {
        assertThat(declined("How many World Cup matches were played in Mexico City?")).contains("'Mexico City'");
    }
}
