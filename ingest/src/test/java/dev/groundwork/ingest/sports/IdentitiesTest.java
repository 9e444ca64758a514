package dev.groundwork.ingest.sports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitiesTest {
    @Test
    void aTeamMergesOnlyWithTheSameNameSoHistoricalNamesStayDistinct() {
        Identities ids = Identities.none();
        ids.addTeam("T-30", "West Germany");
        ids.addTeam("T-31", "Germany");
        assertThat(ids.team("statsbomb:team:770", "Germany")).isEqualTo("T-31");
        assertThat(ids.team("statsbomb:team:1", "West  germany")).isEqualTo("T-30");
        assertThat(ids.team("statsbomb:team:2", "East Germany")).isEqualTo("statsbomb:team:2");
        assertThat(ids.mergedCounts()).containsEntry("teams", 2L);
    }

    @Test
    void accentsAndCaseDoNotMatterButTwoTeamsOfOneNameDoNotMerge() {
        Identities ids = Identities.none();
        ids.addTeam("T-19", "Côte d'Ivoire");
        ids.addTeam("a", "Everton");
        ids.addTeam("b", "Everton");
        assertThat(ids.team("x", "Cote d Ivoire")).isEqualTo("T-19");
        assertThat(ids.team("y", "Everton")).isEqualTo("y");
    }

    private static Identities.PlayerRecord record(int sb, String team, String tournament, String nationality, String date, String... names) {
        return new Identities.PlayerRecord("sb:" + sb, sb, List.of(names), team, tournament, nationality, date);
    }

    @Test
    void aPlayerMergesWhenExactlyOneSquadMemberFitsTheFirstNameThatFitsAny() {
        Identities ids = Identities.none();
        ids.addSquadMember("T-58", "WC-2018", "P-1", "Bernardo Silva");
        ids.addSquadMember("T-58", "WC-2018", "P-2", "André Silva");
        ids.addSquadMember("T-58", "WC-2018", "P-3", "Cristiano Ronaldo");
        assertThat(ids.player(record(1, "T-58", "WC-2018", null, "2018-06-15", "André Silva", "André Miguel Valente Silva")))
                .isEqualTo(new Identities.Resolution("P-2", "squad"));
        assertThat(ids.player(record(2, "T-58", "WC-2018", null, "2018-06-15", "Silva")).id()).as("no member is named by it alone")
                .isEqualTo("sb:2");
        assertThat(ids.player(record(4, "T-58", "WC-2018", null, "2018-06-15", "André Bernardo Silva")).id()).as("ambiguous")
                .isEqualTo("sb:4");
        assertThat(ids.player(record(3, "T-58", "WC-2014", null, "2014-06-15", "Cristiano Ronaldo")).id()).as("another tournament")
                .isEqualTo("sb:3");
        assertThat(ids.mergedCounts()).containsEntry("players", 1L);
        assertThat(ids.unresolved()).containsExactly("sb:4 'André Bernardo Silva': 2 players of his team's squad at WC-2018 fit [P-1, P-2]; kept apart");
    }

    @Test
    void aClubPlayerMergesThroughHisNationalitysWorldCupSquads() {
        Identities ids = Identities.none();
        ids.addTeam("T-03", "Argentina");
        ids.addSquadMember("T-03", "WC-2014", "P-14758", "Lionel Messi", 2014, "1987-06-24", null);
        ids.addSquadMember("T-03", "WC-2014", "P-1", "Ezequiel Lavezzi", 2014, "1985-05-03", null);
        var messi = ids.player(record(5503, "statsbomb:team:217", "statsbomb:11/4", "Argentina", "2018-09-23",
                "Lionel Messi", "Lionel Andrés Messi Cuccittini"));
        assertThat(messi).isEqualTo(new Identities.Resolution("P-14758", "nationality"));
        assertThat(ids.player(record(5503, "statsbomb:team:217", "statsbomb:11/42", "Argentina", "2019-09-23", "Lionel Messi")))
                .as("his StatsBomb id decides from then on").isEqualTo(new Identities.Resolution("P-14758", "statsbombId"));
        assertThat(ids.player(record(9, "statsbomb:team:1", "statsbomb:11/4", "Spain", "2018-09-23", "Lionel Messi")).id())
                .as("another nationality").isEqualTo("sb:9");
        assertThat(ids.player(record(10, "statsbomb:team:1", "statsbomb:11/4", null, "2018-09-23", "Ezequiel Lavezzi")).id())
                .as("no nationality, no squad: no merge").isEqualTo("sb:10");
    }

    @Test
    void aNationalitySquadOfAnotherGenerationOrAnImplausibleAgeDoesNotMerge() {
        Identities ids = Identities.none();
        ids.addTeam("T-06", "Brazil");
        ids.addSquadMember("T-06", "WC-1950", "P-old", "Arthur", 1950, null, null);
        ids.addSquadMember("T-06", "WC-2002", "P-born", "Ronaldo", 2002, "1976-09-18", null);
        assertThat(ids.player(record(11392, "statsbomb:team:217", "statsbomb:11/4", "Brazil", "2018-09-23", "Arthur")).id())
                .as("a 1950 squad is not a 2018 club player's").isEqualTo("sb:11392");
        assertThat(ids.player(record(7, "statsbomb:team:5", "statsbomb:1/1", "Brazil", "2022-01-01", "Ronaldo")).id())
                .as("46 on match day").isEqualTo("sb:7");
        assertThat(ids.player(record(8, "statsbomb:team:5", "statsbomb:1/2", "Brazil", "2003-01-01", "Ronaldo", "Ronaldo Luís Nazário de Lima")))
                .isEqualTo(new Identities.Resolution("P-born", "nationality"));
    }

    @Test
    void aOneWordNameMergesThroughNationalityOnlyWhenItIsOneOfTheEntrysNames() {
        Identities ids = Identities.none();
        ids.addTeam("T-67", "Spain");
        ids.addSquadMember("T-67", "WC-2014", "P-78418", "Pedro", 2014, "1987-07-28", null);
        ids.addSquadMember("T-67", "WC-2014", "P-5", "Koke", 2014, "1992-01-08", null);
        assertThat(ids.player(record(6572, "statsbomb:team:211", "statsbomb:11/4", "Spain", "2018-09-23", "Juanpe",
                "Juan Pedro Ramírez López")).id()).as("'Pedro' is only a word of his full name").isEqualTo("sb:6572");
        assertThat(ids.player(record(5199, "statsbomb:team:212", "statsbomb:11/4", "Spain", "2018-09-23", "Koke",
                "Jorge Resurrección Merodio"))).isEqualTo(new Identities.Resolution("P-5", "nationality"));
    }

    @Test
    void aPlayerAnotherStatsBombIdHoldsIsReportedAndKeptApart() {
        Identities ids = Identities.none();
        ids.addTeam("T-31", "Italy");
        ids.addSquadMember("T-31", "WC-2014", "P-9", "Giorgio Chiellini", 2014, "1984-08-14", 6954);
        var r = ids.player(record(1234, "statsbomb:team:914", "statsbomb:55/43", "Italy", "2021-06-11", "Giorgio Chiellini"));
        assertThat(r).isEqualTo(new Identities.Resolution("sb:1234", "own"));
        assertThat(ids.unresolved()).containsExactly(
                "sb:1234 'Giorgio Chiellini': fits P-9 of Italy's World Cup squads, but P-9 already has StatsBomb id 6954; kept apart");
        assertThat(ids.player(record(6954, "statsbomb:team:914", "statsbomb:55/43", "Italy", "2021-06-11", "Giorgio Chiellini")))
                .isEqualTo(new Identities.Resolution("P-9", "statsbombId"));
    }

    @Test
    void aMatchMergesOnDateAndBothTeamsInEitherOrder() {
        Identities ids = Identities.none();
        assertThat(ids.match("sb:1", "2018-06-15", "T-58", "T-73")).isEmpty();
    }
}
