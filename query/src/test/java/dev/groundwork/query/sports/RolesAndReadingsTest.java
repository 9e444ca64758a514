package dev.groundwork.query.sports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and their roles (referees, managers, squad positions, award winners), tournaments named by their host, stages as
 * a set of teams, and the men's default, over {@code /sports/stranger-graph.cypher}, {@code /sports/risky-readings-extra.cypher}
 * and {@code /sports/roles-extra.cypher}. The questions are phrased apart from the third stranger set's; they and what
 * each must get are the lines of {@code /sports/roles-and-readings.jsonl}, one test case a line.
 */
class RolesAndReadingsTest extends SportsQuestionTableTest {
    RolesAndReadingsTest() {
        super("/sports/roles-and-readings.jsonl", "/sports/stranger-graph.cypher", "/sports/risky-readings-extra.cypher",
                "/sports/roles-extra.cypher");
    }

    @Test
    void aTournamentWithoutAStageHasNoStageTeamsToList() {
        assertThat(qa.answer("Which teams played at the 2014 World Cup?").template()).isNotEqualTo("stage_teams");
    }
}
