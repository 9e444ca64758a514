package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Entry;
import dev.groundwork.query.sports.EntityLinker.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of a question read apart from any template: side, order, ranking, competition, and what a template leaves out. */
class QuestionPartsTest {
    private final EntityLinker linker = new EntityLinker(List.of(
            new Entry(Kind.TEAM, "T-28", "England", null), new Entry(Kind.TEAM, "T-86", "West Germany", null),
            new Entry(Kind.TEAM, "T-1", "Arsenal FC", null), new Entry(Kind.TEAM, "T-2", "Chelsea FC", null),
            new Entry(Kind.TEAM, "T-65", "Spain", null), new Entry(Kind.TEAM, "T-45", "Mexico", null),
            new Entry(Kind.PLAYER, "P-1", "Geoff Hurst", "Hurst")), List.of());
    private final QuestionFrame.Tournaments tournaments = new QuestionFrame.Tournaments(
            Map.of(1966, Map.of("men", "WC-1966"), 1986, Map.of("men", "WC-1986"), 2010, Map.of("men", "WC-2010")),
            Map.of("T-45", List.of(1970, 1986), "T-28", List.of(1966)),
            Map.of("2022/23", List.of("EPL-2022"), "2023/24", List.of("EPL-2023", "BL-2023")),
            Map.of("english premier league", List.of(new QuestionFrame.Competed("EPL-2022", "English Premier League", 2022, "2022/23"),
                            new QuestionFrame.Competed("EPL-2023", "English Premier League", 2023, "2023/24")),
                    "deutsche bundesliga", List.of(new QuestionFrame.Competed("BL-2023", "Deutsche Bundesliga", 2023, "2023/24")),
                    "uefa euro", List.of(new QuestionFrame.Competed("EURO-2020", "UEFA Euro", 2020, null))));

    private QuestionFrame read(String question) {
        return QuestionFrame.read(question, linker, tournaments);
    }

    @Test
    void aTeamAfterForIsTheSideOfTheMatchAsked() {
        assertThat(read("Who netted for England in the 1966 final?").side().candidates().getFirst().id()).isEqualTo("T-28");
        assertThat(read("How many yellow cards did Spain get in the 2010 final?").side().candidates().getFirst().id()).isEqualTo("T-65");
        assertThat(read("Who scored in the 1966 final between England and West Germany?").side()).isNull();
    }

    @Test
    void readsAGoalPickedByItsOrderAndARanking() {
        assertThat(read("Who opened the scoring in the 2010 final?").ordinal()).isEqualTo("first goal");
        assertThat(read("Which team scored the most goals at the 2010 World Cup?").superlative()).isEqualTo("most");
        assertThat(read("Who scored in the 2010 final?").ordinal()).isNull();
        assertThat(read("Who scored in the 2010 final?").superlative()).isNull();
    }

    @Test
    void aCompetitionWithItsSeasonOrYearIsThatTournamentNotAWorldCup() {
        assertThat(read("How many goals did Arsenal FC score in the 2022/23 Premier League?").tournamentId()).isEqualTo("EPL-2022");
        assertThat(read("Who won the EPL in 2023-24?").tournamentId()).isEqualTo("EPL-2023");
        assertThat(read("Who won the 2023/24 Bundesliga?").tournamentId()).isEqualTo("BL-2023");
        QuestionFrame euro = read("Who scored the most goals at Euro 2020?");
        assertThat(euro.tournamentId()).isEqualTo("EURO-2020");
        assertThat(euro.problems()).isEmpty();
        assertThat(read("Who won the 2019/20 Premier League?").problems()).containsExactly("the graph has no English Premier League 2019/20");
    }

    @Test
    void aNationalTeamsShortNameSaysItsGender() {
        var both = new QuestionFrame.Tournaments(Map.of(2015, Map.of("men", "WC-2015-M", "women", "WC-2015-W")), Map.of(), Map.of(), Map.of());
        assertThat(QuestionFrame.read("USWNT v Mexico 2015 final - final score?", linker, both).tournamentId()).isEqualTo("WC-2015-W");
        assertThat(QuestionFrame.read("What round did the USMNT reach in 2015?", linker, both).tournamentId()).isEqualTo("WC-2015-M");
        assertThat(QuestionFrame.read("Who won in 2015?", linker, both).tournamentId()).isEqualTo("WC-2015-M");
    }

    @Test
    void namesATemplateWouldLeaveOutAreSaid() {
        QuestionFrame f = read("How many goals did Geoff Hurst score against West Germany in 1966?");
        assertThat(f.unusedNames(Set.of(Slot.PLAYER))).containsExactly("the team West Germany", "the year 1966");
        assertThat(f.unusedNames(Set.of(Slot.PLAYER, Slot.TOURNAMENT, Slot.TEAM))).isEmpty();
        assertThat(f.understood()).isEqualTo("a number, year 1966 (men's World Cup), team West Germany, player Geoff Hurst");
    }
}
