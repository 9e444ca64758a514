package dev.groundwork.query.sports.eval;

import static dev.groundwork.query.sports.eval.Fixture.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gold answers on the fixture (1954, 2014, 2015 women), each checked by hand against the published results. */
class GoldAnswersTest {
    private static final GoldAnswers GOLD = new GoldAnswers(Fixture.directory());

    private static List<String> answer(GoldQuestion question) {
        return GOLD.expected(question).values();
    }

    @Test
    void winnerKeepsHistoricalTeamNames() {
        assertThat(answer(question("tournament_winner", "year", "1954"))).containsExactly("West Germany");
        assertThat(answer(question("tournament_winner", "year", "2014"))).containsExactly("Germany");
        assertThat(answer(question("team_titles", "team", "Germany"))).containsExactly("1");
    }

    @Test
    void genderSlotSelectsTheWomensTournamentAndDefaultsToTheMens() {
        assertThat(answer(question("tournament_winner", "year", "2015", "gender", "women"))).containsExactly("United States");
        assertThatThrownBy(() -> GOLD.expected(question("tournament_winner", "year", "2015")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("tournaments.csv: expected a men's World Cup in 2015, there is none");
    }

    @Test
    void scoreIsFromTheFirstNamedTeamsSide() {
        assertThat(answer(question("match_score", "team", "Germany", "opponent", "Brazil", "year", "2014"))).containsExactly("7–1");
        assertThat(answer(question("match_score", "team", "Brazil", "opponent", "Germany", "year", "2014"))).containsExactly("1–7");
        assertThat(answer(question("match_score", "team", "Hungary", "opponent", "West Germany", "year", "1954", "stage", "final"))).containsExactly("2–3");
    }

    @Test
    void stageSpellingsSingularAndPluralAreTheSameStage() {
        assertThat(answer(question("match_score", "team", "Brazil", "opponent", "Germany", "year", "2014", "stage", "semi-final"))).containsExactly("1–7");
        assertThat(answer(question("match_score", "team", "Brazil", "opponent", "Germany", "year", "2014", "stage", "Semi-Finals"))).containsExactly("1–7");
    }

    @Test
    void finalScoreWithoutATeamPutsTheWinnerFirst() {
        assertThat(answer(question("final_score", "year", "1954"))).containsExactly("3–2");
    }

    @Test
    void matchThatHappenedTwiceNeedsAStage() {
        assertThatThrownBy(() -> GOLD.expected(question("match_score", "team", "Hungary", "opponent", "West Germany", "year", "1954")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("gold question t-match_score: matches.csv: expected exactly one match for {team=Hungary, opponent=West Germany, year=1954}, found 2");
    }

    @Test
    void topScorerListsEveryTiedPlayer() {
        assertThat(answer(question("top_scorer", "year", "2015", "gender", "women"))).containsExactlyInAnyOrder("Carli Lloyd", "Célia Šašić");
        assertThat(answer(question("top_scorer", "year", "2014"))).containsExactly("James Rodríguez");
    }

    @Test
    void playerGoalsLeaveOutOwnGoalsWhichCountSeparately() {
        assertThat(answer(question("player_goals_in_tournament", "player", "Thomas Müller", "year", "2014"))).containsExactly("5");
        assertThat(answer(question("own_goals_in_tournament", "year", "2014"))).containsExactly("5");
        assertThat(answer(question("hat_trick_scorers", "year", "2014"))).containsExactlyInAnyOrder("Thomas Müller", "Xherdan Shaqiri");
    }

    @Test
    void shootOutsDecideTheWinnerAsTheDataRecordsIt() {
        assertThat(answer(question("shootouts_in_tournament", "year", "2014"))).containsExactly("4");
        assertThat(answer(question("shootout_score", "team", "Costa Rica", "opponent", "Netherlands", "year", "2014"))).containsExactly("3–4");
        assertThat(answer(question("match_winner", "team", "Costa Rica", "opponent", "Greece", "year", "2014"))).containsExactly("Costa Rica");
        assertThat(answer(question("head_to_head_record", "team", "Hungary", "opponent", "West Germany"))).containsExactly("1–0–1");
    }

    @Test
    void finalDetailsComeFromTheFinalMatch() {
        assertThat(answer(question("final_referee", "year", "2014"))).containsExactly("Nicola Rizzoli");
        assertThat(answer(question("cards_in_match", "year", "2014", "stage", "final", "card", "yellow"))).containsExactly("4");
        assertThat(answer(question("biggest_win_tournament", "year", "2014"))).containsExactly("Germany 7–1 Brazil");
    }

    @Test
    void groupManagerAndAwardFamiliesReadTheirOwnFiles() {
        assertThat(answer(question("group_members", "year", "2014", "group", "Group B"))).containsExactlyInAnyOrder("Netherlands", "Chile", "Spain", "Australia");
        assertThat(answer(question("manager", "team", "Germany", "year", "2014"))).containsExactly("Joachim Löw");
        assertThat(answer(question("award_winner", "award", "Golden Ball", "year", "2014"))).containsExactly("Lionel Messi");
    }

    @Test
    void unanswerableQuestionsExpectCannotAnswer() {
        GoldQuestion future = new GoldQuestion("u1", "Who won the World Cup in 2026?", "tournament_winner", Map.of("year", "2026"), false, "future tournament");
        assertThat(GOLD.expected(future)).isEqualTo(SportsAnswer.cannotAnswer());
    }

    @Test
    void missingSlotAndUnknownFamilyAreNamed() {
        assertThatThrownBy(() -> GOLD.expected(question("match_score", "team", "Germany")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("gold question t-match_score: family match_score needs slot 'year', the question has [team]");
        assertThatThrownBy(() -> GOLD.expected(question("no_such_family")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("gold question t-no_such_family: expected a family of [");
        assertThatThrownBy(() -> GOLD.expected(question("team_titles", "team", "Atlantis")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("teams.csv: expected a team named 'Atlantis', there is none");
    }

    @Test
    void aSlotOutsideItsChoicesNamesTheQuestionTheSlotAndTheAcceptedValues() {
        assertThatThrownBy(() -> GOLD.expected(question("cards_in_match", "year", "2014", "stage", "final", "card", "blue")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("gold question t-cards_in_match: expected slot 'card' to be any, red or yellow, got 'blue'");
        assertThatThrownBy(() -> GOLD.expected(question("team_shootouts", "team", "Germany", "outcome", "drew")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("gold question t-team_shootouts: expected slot 'outcome' to be lost, played or won, got 'drew'");
    }
}
