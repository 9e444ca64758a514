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

    @Test
    void aPlayerMergesWhenExactlyOneSquadMemberFitsTheFirstNameThatFitsAny() {
        Identities ids = Identities.none();
        ids.addSquadMember("T-58", "WC-2018", "P-1", "Bernardo Silva");
        ids.addSquadMember("T-58", "WC-2018", "P-2", "André Silva");
        ids.addSquadMember("T-58", "WC-2018", "P-3", "Cristiano Ronaldo");
        assertThat(ids.player("sb:1", "T-58", "WC-2018", List.of("André Silva", "André Miguel Valente Silva"))).isEqualTo("P-2");
        assertThat(ids.player("sb:2", "T-58", "WC-2018", List.of("Silva"))).as("ambiguous").isEqualTo("sb:2");
        assertThat(ids.player("sb:3", "T-58", "WC-2014", List.of("Cristiano Ronaldo"))).as("another tournament").isEqualTo("sb:3");
        assertThat(ids.mergedCounts()).containsEntry("players", 1L);
    }

    @Test
    void aMatchMergesOnDateAndBothTeamsInEitherOrder() {
        Identities ids = Identities.none();
        assertThat(ids.match("sb:1", "2018-06-15", "T-58", "T-73")).isEmpty();
    }
}
