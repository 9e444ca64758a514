package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsBombIngestTest extends IngestedFixture {
    StatsBombIngestTest() {
        super("statsbomb", "statsbomb-fixture");
    }

    @Test
    void readsTheRepositoryLayoutFromItsRoot() {
        assertThat(summary.run().status()).isEqualTo("COMPLETED");
        assertThat(summary.rowsPerFile()).containsEntry("competitions.json", 4L).containsEntry("matches/43/3.json", 1L)
                .containsEntry("matches/11/4.json", 1L).containsEntry("matches/55/43.json", 1L)
                .containsEntry("lineups", 102L).containsEntry("events", 47L);
        assertThat(summary.merged()).containsOnly(Map.entry("matches", 0L), Map.entry("players", 0L), Map.entry("teams", 0L),
                Map.entry("tournaments", 0L));
        assertThat(count("MATCH (n) WHERE n.placeholder RETURN count(n)")).isZero();
    }

    @Test
    void theMatchHasItsTeamsScoreVenueRefereeAndSeason() {
        var r = store.read(tx -> tx.run("""
                MATCH (h:Team)<-[:HOME_TEAM]-(m:Match {statsbombId: 7576})-[:AWAY_TEAM]->(a:Team),
                      (m)-[:PLAYED_AT]->(s:Stadium), (ref:Referee)-[:REFEREED]->(m), (m)-[:IN_TOURNAMENT]->(x:Tournament)
                RETURN h.name AS home, a.name AS away, m.homeScore AS hs, m.awayScore AS as, m.result AS result, m.stage AS stage,
                       s.name AS stadium, ref.name AS referee, x.year AS year, x.gender AS gender, exists((m)-[:WINNER]->()) AS decided
                """).single());
        assertThat(r.get("home").asString()).isEqualTo("Portugal");
        assertThat(r.get("away").asString()).isEqualTo("Spain");
        assertThat(r.get("hs").asInt()).isEqualTo(3);
        assertThat(r.get("as").asInt()).isEqualTo(3);
        assertThat(r.get("result").asString()).isEqualTo("draw");
        assertThat(r.get("decided").asBoolean()).isFalse();
        assertThat(r.get("stage").asString()).isEqualTo("group stage");
        assertThat(r.get("stadium").asString()).isEqualTo("Olimpiyskiy Stadion Fisht");
        assertThat(r.get("referee").asString()).isEqualTo("Gianluca Rocchi");
        assertThat(r.get("year").asInt()).isEqualTo(2018);
        assertThat(r.get("gender").asString()).isEqualTo("men");
        assertThat(count("MATCH (x:Tournament) RETURN count(x)")).as("the Bundesliga season has no matches file").isEqualTo(3);
        assertThat(count("MATCH (x:Tournament) WHERE x.name STARTS WITH '1. Bundesliga' RETURN count(x)")).isZero();
    }

    @Test
    void thePenaltyIsAShotWithXgAndAGoalAtTheFourthMinute() {
        var r = store.read(tx -> tx.run("""
                MATCH (s:Shot)-[:BY_PLAYER]->(p:Player), (s)-[:FOR_TEAM]->(t:Team), (s)-[:IN_MATCH]->(:Match {statsbombId: 7576})
                MATCH (g:Goal)-[:BY_PLAYER]->(p)
                RETURN p.name AS player, t.name AS team, s.xg AS xg, s.outcome AS outcome, s.shotType AS type,
                       g.minuteLabel AS minute, g.penalty AS penalty, g.ownGoal AS ownGoal
                """).single());
        assertThat(r.get("player").asString()).isEqualTo("Cristiano Ronaldo");
        assertThat(r.get("team").asString()).isEqualTo("Portugal");
        assertThat(r.get("xg").asDouble()).isEqualTo(0.76);
        assertThat(r.get("outcome").asString()).isEqualTo("Goal");
        assertThat(r.get("type").asString()).isEqualTo("Penalty");
        assertThat(r.get("minute").asString()).isEqualTo("4'");
        assertThat(r.get("penalty").asBoolean()).isTrue();
        assertThat(r.get("ownGoal").asBoolean()).isFalse();
    }

    @Test
    void lineupsGiveSquadsAndAppearancesWithPassTallies() {
        assertThat(count("MATCH (p:Player)-[:PLAYED_IN]->(:Match {statsbombId: 7576}) RETURN count(DISTINCT p)")).isEqualTo(28);
        assertThat(count("MATCH (p:Player)-[:MEMBER_OF {tournamentId: 'statsbomb:43/3'}]->(:Team {name: 'Spain'}) RETURN count(p)"))
                .isEqualTo(14);
        assertThat(count("MATCH (p:Player)-[r:PLAYED_IN {started: true}]->(:Match {statsbombId: 7576}) RETURN count(r)")).isEqualTo(22);
        var costa = store.read(tx -> tx.run("""
                MATCH (p:Player {name: 'Diego Costa'})-[r:PLAYED_IN]->(:Match)
                RETURN r.passes AS passes, r.passesCompleted AS completed, r.jerseyNumber AS jersey, p.fullName AS fullName
                """).single());
        assertThat(costa.get("passes").asLong()).isEqualTo(2);
        assertThat(costa.get("completed").asLong()).isEqualTo(2);
        assertThat(costa.get("jersey").asInt()).isEqualTo(19);
        assertThat(costa.get("fullName").asString()).isEqualTo("Diego da Silva Costa");
    }

    @Test
    void startersCarryTheirStartingXiPositionAndEachSideItsFormationAndManager() {
        assertThat(count("MATCH (p:Player)-[r:PLAYED_IN {started: true, position: 'Goalkeeper'}]->(:Match {statsbombId: 3788741}) RETURN count(p)"))
                .isEqualTo(2);
        var keeper = store.read(tx -> tx.run("""
                MATCH (p:Player)-[r:PLAYED_IN {position: 'Goalkeeper'}]->(:Match {statsbombId: 15986}), (p)-[:MEMBER_OF]->(:Team {name: 'Girona'})
                RETURN p.name AS name""").single());
        assertThat(keeper.get("name").asString()).isEqualTo("Yassine Bounou");
        assertThat(count("MATCH (p:Player)-[r:PLAYED_IN {started: false}]->(:Match {statsbombId: 3788741}) WHERE r.position IS NOT NULL RETURN count(p)"))
                .as("a substitute has no Starting XI position").isZero();
        var formation = store.read(tx -> tx.run("""
                MATCH (:Team {name: 'Italy'})-[r:PARTICIPATED_IN]->(:Match {statsbombId: 3788741}) RETURN r.formation AS f""").single());
        assertThat(formation.get("f").asString()).isEqualTo("433");
        var manager = store.read(tx -> tx.run("""
                MATCH (m:Manager)-[:MANAGED]->(:Team {name: 'Barcelona'}) RETURN m.name AS name""").single());
        assertThat(manager.get("name").asString()).as("the nickname when there is one").isEqualTo("Ernesto Valverde");
    }

    @Test
    void aLeagueSeasonIsItsOwnCompetitionAndTournament() {
        var r = store.read(tx -> tx.run("""
                MATCH (h:Team)<-[:HOME_TEAM]-(m:Match {statsbombId: 15986})-[:AWAY_TEAM]->(a:Team),
                      (m)-[:IN_TOURNAMENT]->(x:Tournament)-[:IN_COMPETITION]->(c:Competition)
                RETURN h.name AS home, a.name AS away, m.homeScore AS hs, m.awayScore AS as, x.name AS season, x.year AS year,
                       c.name AS competition, m.round AS round
                """).single());
        assertThat(r.get("home").asString()).isEqualTo("Barcelona");
        assertThat(r.get("away").asString()).isEqualTo("Girona");
        assertThat(r.get("hs").asInt()).isEqualTo(2);
        assertThat(r.get("as").asInt()).isEqualTo(2);
        assertThat(r.get("season").asString()).isEqualTo("La Liga 2018/2019");
        assertThat(r.get("year").asInt()).isEqualTo(2018);
        assertThat(r.get("competition").asString()).isEqualTo("La Liga");
        assertThat(r.get("round").asString()).isEqualTo("Matchday 5");
        assertThat(count("""
                MATCH (g:Goal)-[:IN_MATCH]->(:Match {statsbombId: 15986}), (g)-[:BY_PLAYER]->(p:Player)
                WHERE p.name IN ['Lionel Messi', 'Cristhian Stuani', 'Gerard Piqué'] RETURN count(g)""")).isEqualTo(4);
        assertThat(count("""
                MATCH (b:Booking {sendingOff: true})-[:IN_MATCH]->(:Match {statsbombId: 15986}), (b)-[:BY_PLAYER]->(:Player {name: 'Clément Lenglet'})
                RETURN count(b)""")).isEqualTo(1);
    }

    @Test
    void newerLineupsCountOnlyPlayersWithPositionsAsAppearances() {
        assertThat(count("MATCH (p:Player)-[:PLAYED_IN]->(:Match {statsbombId: 3788741}) RETURN count(DISTINCT p)"))
                .as("16 Italians and 15 Turks played; the other 15 of the 46 sat on the bench").isEqualTo(31);
        assertThat(count("MATCH (s:Substitution {comingOn: true})-[:IN_MATCH]->(:Match {statsbombId: 3788741}) RETURN count(s)")).isEqualTo(9);
        assertThat(count("MATCH (b:Booking {yellowCard: true})-[:IN_MATCH]->(:Match {statsbombId: 3788741}) RETURN count(b)")).isEqualTo(2);
        var own = store.read(tx -> tx.run("""
                MATCH (g:Goal {ownGoal: true})-[:IN_MATCH]->(:Match {statsbombId: 3788741}), (g)-[:BY_PLAYER]->(p:Player), (g)-[:FOR_TEAM]->(t:Team)
                RETURN p.name AS player, t.name AS team, g.minuteLabel AS minute
                """).single());
        assertThat(own.get("player").asString()).isEqualTo("Merih Demiral");
        assertThat(own.get("team").asString()).as("an own goal counts for the other side").isEqualTo("Italy");
        assertThat(own.get("minute").asString()).isEqualTo("53'");
    }

    @Test
    void minutesAreLabelledAsFootballCountsThem() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonAt late = JsonAt.root("events/1.json", json.createObjectNode().put("minute", 92));
        JsonAt early = JsonAt.root("events/1.json", json.createObjectNode().put("minute", 44));
        assertThat(StatsBombIngestor.minute(late, 2)).containsEntry("minuteLabel", "90+3'").containsEntry("stoppage", 3);
        assertThat(StatsBombIngestor.minute(early, 1)).containsEntry("minuteLabel", "45'").containsEntry("period", "first half");
        assertThatThrownBy(() -> StatsBombIngestor.minute(late, 6)).isInstanceOf(BadInputException.class)
                .hasMessage("events/1.json: $.period is missing, expected a period from 1 to 5");
    }

    @Test
    void rejectsAnEventWithoutTypeNamingFileLineAndPath(@TempDir Path dir) throws IOException {
        Path data = copyFixture(dir);
        Files.writeString(data.resolve("events/7576.json"), "[ {\n  \"id\" : \"x\",\n  \"period\" : 1\n} ]");
        assertThatThrownBy(() -> Fixtures.ingest(store, "statsbomb", dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage("events/7576.json:1: $[0].type.name is missing, expected a value");
    }

    @Test
    void rejectsAPathWithoutCompetitions(@TempDir Path dir) {
        assertThatThrownBy(() -> Fixtures.ingest(store, "statsbomb", dir))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("there is no competitions.json");
    }

    static Path copyFixture(Path dir) throws IOException {
        Path from = Fixtures.dir("statsbomb-fixture").resolve("data");
        Path to = dir.resolve("data");
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
