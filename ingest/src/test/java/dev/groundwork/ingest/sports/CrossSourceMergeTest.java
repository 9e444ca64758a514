package dev.groundwork.ingest.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StatsBomb's record of Portugal 3–3 Spain (2018) ingested onto the World Cup database's. The StatsBomb fixture also
 * holds a La Liga and a Euro 2020 match, whose teams and matches the World Cup fixture does not have.
 */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSourceMergeTest {
    private GraphStore store;
    private SportsIngest.Summary statsbomb;

    @BeforeAll
    void ingestBothSources(GraphStore store) {
        this.store = store;
        Fixtures.ingest(store, "worldcup", Fixtures.dir("worldcup-2018-fixture"));
        statsbomb = Fixtures.ingest(store, "statsbomb", Fixtures.dir("statsbomb-fixture"));
    }

    private long count(String cypher) {
        return Fixtures.count(store, cypher);
    }

    @Test
    void theSummaryCountsWhatWasMergedByKind() {
        assertThat(statsbomb.merged()).containsEntry("tournaments", 1L).containsEntry("teams", 2L).containsEntry("matches", 1L)
                .containsEntry("players", 28L);
    }

    @Test
    void teamsMatchAndTournamentAreOneNodeEach() {
        assertThat(count("MATCH (t:Team) WHERE t.name IN ['Portugal', 'Spain'] RETURN count(t)")).isEqualTo(2);
        assertThat(count("MATCH (t:Team) RETURN count(t)")).as("and Barcelona, Girona, Turkey, Italy").isEqualTo(6);
        assertThat(count("MATCH (m:Match) RETURN count(m)")).isEqualTo(3);
        assertThat(count("MATCH (x:Tournament) RETURN count(x)")).isEqualTo(3);
        var m = store.read(tx -> tx.run("""
                MATCH (m:Match)-[:HOME_TEAM]->(:Team {name: 'Portugal'}) RETURN m.matchId AS id, m.statsbombId AS sb, m.gwSource AS source
                """).single());
        assertThat(m.get("id").asString()).isEqualTo("M-2018-04");
        assertThat(m.get("sb").asInt()).isEqualTo(7576);
        assertThat(m.get("source").asString()).as("the first source's provenance is kept").endsWith("matches.csv");
        assertThat(count("MATCH (t:Team {name: 'Portugal'}) WHERE t.statsbombId = 780 RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void playersAreMergedByNameWithinTheSquadOfTheTournament() {
        assertThat(count("MATCH (p:Player)-[:MEMBER_OF]->(t:Team) WHERE t.name IN ['Portugal', 'Spain'] RETURN count(DISTINCT p)"))
                .as("the 46 squad members, no StatsBomb duplicates").isEqualTo(46);
        var ronaldo = store.read(tx -> tx.run("""
                MATCH (p:Player {statsbombId: 5207})-[r:PLAYED_IN]->(:Match {matchId: 'M-2018-04'})
                RETURN p.playerId AS id, p.name AS name, r.started AS started, r.shots AS shots
                """).single());
        assertThat(ronaldo.get("id").asString()).isEqualTo("P-70442");
        assertThat(ronaldo.get("name").asString()).isEqualTo("Cristiano Ronaldo");
        assertThat(ronaldo.get("started").asBoolean()).isTrue();
        assertThat(ronaldo.get("shots").asLong()).isEqualTo(1);
        assertThat(count("MATCH (p:Player) RETURN count(p)")).as("46 + 28 at Barcelona-Girona + 46 at Turkey-Italy, less three Spaniards")
                .isEqualTo(117);
        assertThat(count("""
                MATCH (:Team {name: 'Spain'})<-[:MEMBER_OF]-(p:Player {statsbombId: 5203})-[:MEMBER_OF]->(:Team {name: 'Barcelona'})
                RETURN count(p)""")).as("Busquets: one node, in his national team's and his club's squads").isEqualTo(1);
        assertThat(statsbomb.unresolved()).isEmpty();
        assertThat(count("MATCH (p:Player {name: 'Thiago'}) WHERE p.statsbombId = 5208 RETURN count(p)"))
                .as("a mononym merges with the longer name that contains it").isEqualTo(1);
    }

    @Test
    void eventsAreNotCountedTwice() {
        assertThat(count("MATCH (g:Goal)-[:IN_MATCH]->(:Match {matchId: 'M-2018-04'}) RETURN count(g)"))
                .as("the World Cup database's six goals").isEqualTo(6);
        assertThat(count("MATCH (b:Booking)-[:IN_MATCH]->(:Match {matchId: 'M-2018-04'}) RETURN count(b)")).isEqualTo(2);
        assertThat(count("MATCH (s:Shot)-[:BY_PLAYER]->(:Player {playerId: 'P-70442'}) RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (n) WHERE n.placeholder RETURN count(n)")).isZero();
    }

    @Test
    void ingestingTheSameSourceAgainMergesNothingNew() {
        long players = count("MATCH (p:Player) RETURN count(p)");
        long shots = count("MATCH (s:Shot) RETURN count(s)");
        SportsIngest.Summary again = Fixtures.ingest(store, "statsbomb", Fixtures.dir("statsbomb-fixture"));
        assertThat(count("MATCH (p:Player) RETURN count(p)")).isEqualTo(players);
        assertThat(count("MATCH (m:Match) RETURN count(m)")).isEqualTo(3);
        assertThat(again.merged()).as("only the match another source holds counts as merged").containsEntry("matches", 1L);
        assertThat(count("MATCH (s:Shot) RETURN count(s)")).isEqualTo(shots);
        assertThat(count("MATCH (s:Shot)-[:IN_MATCH]->(:Match {matchId: 'M-2018-04'}) RETURN count(s)")).isEqualTo(1);
        assertThat(Map.copyOf(again.merged())).containsKeys("teams", "players", "tournaments");
    }
}
