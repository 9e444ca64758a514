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
 * People and their roles (referees, managers, squad positions, award winners), tournaments named by their host, stages as
 * a set of teams, and the men's default, over {@code /sports/stranger-graph.cypher}, {@code /sports/risky-readings-extra.cypher}
 * and {@code /sports/roles-extra.cypher}. The questions are phrased apart from the third stranger set's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNeo4j.class)
class RolesAndReadingsTest {
    private SportsQuestionAnswering qa;

    @BeforeAll
    void loadGraph(GraphStore store) throws IOException {
        SportsQuestionAnsweringTest.load(store, "/sports/stranger-graph.cypher");
        SportsQuestionAnsweringTest.load(store, "/sports/risky-readings-extra.cypher");
        qa = SportsQuestionAnsweringTest.load(store, "/sports/roles-extra.cypher");
    }

    private java.util.List<String> values(String question) {
        return SportsQuestionAnsweringTest.answeredValues(qa, question);
    }

    private String declined(String question) {
        return SportsQuestionAnsweringTest.declineText(qa, question);
    }

    @Test
    void aPersonsRoleMustBeTheOneAsked() {
        // A shirt number is no manager question, nor a referee one.
        assertThat(qa.answer("Who wore number 19 for Germany at the 2014 World Cup?").values()).doesNotContain("Joachim Löw");
        assertThat(qa.answer("Who played for Argentina in the 2014 final?").values()).doesNotContain("Nicola Rizzoli");
        assertThat(values("Who was the coach of Germany at the 2014 World Cup?")).containsExactly("Joachim Löw");
    }

    @Test
    void officialsOtherThanTheRefereeAreNotRecorded() {
        assertThat(declined("Name the assistant referees of the 2014 final")).startsWith("Cannot answer");
        assertThat(declined("Who was the fourth official in the 2014 final?")).startsWith("Cannot answer");
        assertThat(values("Who took charge of the 2014 final as referee?")).containsExactly("Nicola Rizzoli");
    }

    @Test
    void theTeamAQuestionNamesAsItsSubjectIsNeverItsAnswer() {
        assertThat(qa.answer("Which team did Argentina knock out on penalties in the 2014 semi-final?").values()).doesNotContain("Argentina");
        assertThat(values("Who did Argentina beat in the 2014 semi-final?")).containsExactly("Netherlands");
    }

    @Test
    void theMensDefaultIsDeclinedWhereOnlyTheWomensReadingFindsAnything() {
        assertThat(declined("How many times have the United States been world champions?")).contains("women's");
        assertThat(values("How many women's World Cups have the United States won?")).containsExactly("2");
        // Where the men's reading finds something it stands (the gold set's reading).
        assertThat(values("How many World Cups has Uruguay won?")).containsExactly("1");
    }

    @Test
    void aHostNamedBeforeTournamentIsTheTournament() {
        assertThat(values("Who lost the final of the Qatar World Cup?")).containsExactly("France");
        assertThat(values("Who won the Qatar tournament?")).containsExactly("Argentina");
    }

    @Test
    void aStageWithSeveralMatchesAndNoTeamAsksForItsTeams() {
        assertThat(values("Which countries played in the 2014 semi-finals?"))
                .containsExactlyInAnyOrder("Brazil", "Germany", "Netherlands", "Argentina");
        // Who won a stage of two matches is not who played in it.
        assertThat(declined("Who won the 2014 World Cup semi-final?")).startsWith("Cannot answer");
        // Without a stage there is nothing to list.
        assertThat(qa.answer("Which teams played at the 2014 World Cup?").template()).isNotEqualTo("stage_teams");
    }

    @Test
    void finishingAsTopScorerAsksForAPlayer() {
        assertThat(values("Who finished as the top scorer of the 2014 World Cup?")).containsExactly("Thomas Müller");
    }

    @Test
    void aTeamsRecordInATournamentIsAWinDrawLossRecord() {
        assertThat(values("Show me Germany's record at the 2014 World Cup")).containsExactly("3–0–0");
    }

    @Test
    void awardsByYearAndTerseAwardQuestions() {
        assertThat(values("In which years did Lionel Messi win the Golden Ball?")).containsExactly("2014", "2022");
        assertThat(values("Golden Ball winner 2014?")).containsExactly("Lionel Messi");
    }

    @Test
    void theCountryOfARefereeOrAManager() {
        assertThat(values("What nationality was the referee of the 2014 final?")).containsExactly("Italy");
        assertThat(values("Where did Brazil's coach at the 2014 World Cup come from?")).containsExactly("Brazil");
    }

    @Test
    void theManagersOfATeamsTitles() {
        assertThat(values("Who was Germany's manager when they won the World Cup?")).containsExactly("Joachim Löw");
    }

    @Test
    void refereesAndManagersAreNamesTheQuestionMayGive() {
        assertThat(values("In how many World Cup matches was Nicola Rizzoli the referee?")).containsExactly("1");
        assertThat(values("Which country did Luiz Felipe Scolari coach at the 2014 World Cup?")).containsExactly("Brazil");
        assertThat(values("At how many World Cups was Joachim Löw the manager?")).containsExactly("1");
        // A referee named is no answer to a question about a manager.
        assertThat(qa.answer("How many World Cups did Nicola Rizzoli manage at?").values()).doesNotContain("1");
    }

    @Test
    void squadPositionsAreRead() {
        assertThat(values("Which goalkeepers did Germany take to the 2014 World Cup?")).containsExactlyInAnyOrder("Manuel Neuer", "Roman Weidenfeller");
        assertThat(values("List Germany's forwards at the 2014 World Cup")).containsExactly("Mario Götze");
        // A position in one match is not recorded.
        assertThat(declined("Who started in goal for Germany in the 2014 final?")).startsWith("Cannot answer");
    }
}
