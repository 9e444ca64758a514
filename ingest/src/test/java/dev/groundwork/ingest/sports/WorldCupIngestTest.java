package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldCupIngestTest {
    private GraphStore store;
    private SportsIngest.Summary summary;

    static Path fixture() {
        try {
            return Path.of(WorldCupIngestTest.class.getResource("/sports/worldcup-fixture/tournaments.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void ingestFixture(GraphStore store) {
        this.store = store;
        summary = Fixtures.ingest(store, "worldcup", fixture());
    }

    private long count(String cypher, Map<String, Object> params) {
        return store.read(tx -> tx.run(cypher, params).single().get(0).asLong());
    }

    @Test
    void everyFileIsReadAndTheRunCompletes() {
        assertThat(summary.run().status()).isEqualTo("COMPLETED");
        assertThat(summary.rowsPerFile()).containsKeys("matches.csv", "goals.csv", "squads.csv").containsEntry("tournaments.csv", 3L);
        assertThat(summary.run().counts().nodesCreated()).isPositive();
    }

    @Test
    void theFinalOf2014HasItsTeamsWinnerLoserAndVenue() {
        var row = store.read(tx -> tx.run("""
                MATCH (m:Match {stage: 'final'})-[:IN_TOURNAMENT]->(:Tournament {year: 2014, gender: 'men'}),
                      (m)-[:WINNER]->(w:Team), (m)-[:LOSER]->(l:Team), (m)-[:PLAYED_AT]->(s:Stadium)
                RETURN w.name AS winner, l.name AS loser, s.name AS stadium, m.homeScore + m.awayScore AS goals
                """).single());
        assertThat(row.get("winner").asString()).isEqualTo("Germany");
        assertThat(row.get("loser").asString()).isEqualTo("Argentina");
        assertThat(row.get("stadium").asString()).isEqualTo("Estádio do Maracanã");
        assertThat(row.get("goals").asInt()).isEqualTo(1);
    }

    @Test
    void westGermanyAndGermanyStayDistinctTeams() {
        assertThat(count("MATCH (t:Team) WHERE t.name IN ['Germany', 'West Germany'] RETURN count(DISTINCT t.name)", Map.of())).isEqualTo(2);
    }

    @Test
    void goalsLinkMatchScorerAndTeamAndStoppageTimeIsParsed() {
        long unlinked = count("MATCH (g:Goal) WHERE NOT (g)-[:IN_MATCH]->(:Match) OR NOT (g)-[:BY_PLAYER]->(:Player) RETURN count(g)", Map.of());
        assertThat(unlinked).isZero();
        assertThat(count("MATCH (g:Goal) WHERE g.stoppage > 0 AND g.minuteLabel CONTAINS '+' RETURN count(g)", Map.of())).isPositive();
        assertThat(count("MATCH (n) WHERE n.placeholder RETURN count(n)", Map.of())).isZero();
    }

    @Test
    void squadMembershipIsOneRelationshipPerTournament() {
        long perPlayer = count("""
                MATCH (p:Player)-[r:MEMBER_OF]->(:Team) WITH p, count(r) AS n, count(DISTINCT r.tournamentId) AS t
                WHERE n <> t RETURN count(p)
                """, Map.of());
        assertThat(perPlayer).isZero();
        assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)", Map.of())).isEqualTo(summary.rowsPerFile().get("squads.csv"));
    }

    @Test
    void everyNodeCarriesProvenance() {
        assertThat(count("MATCH (n:Match|Goal|Player) WHERE n.gwRun IS NULL OR n.gwSource IS NULL RETURN count(n)", Map.of())).isZero();
    }

    @Test
    void anUnknownFormatIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Fixtures.ingest(store, "uefa", fixture()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown sports format 'uefa'; known formats: worldcup, openfootball, statsbomb");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> Fixtures.ingest(store, "worldcup", dir))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("tournaments.csv: expected the World Cup database file tournaments.csv");
    }

    @Test
    void aBadMinuteIsReportedWithFileLineAndValueAndTheGraphIsLeftAsItWas(@TempDir Path dir) throws IOException {
        for (String f : WorldCupIngestor.files()) {
            Files.copy(fixture().resolve(f), dir.resolve(f));
        }
        List<String> lines = Files.readAllLines(dir.resolve("goals.csv"));
        lines.set(2, lines.get(2).replaceFirst(",\\d+',", ",ninety',"));
        Files.write(dir.resolve("goals.csv"), lines);
        String domainNodes = "MATCH (n) WHERE NOT n:IngestRun AND NOT n:Source RETURN count(n)";
        long before = count(domainNodes, Map.of());
        assertThatThrownBy(() -> Fixtures.ingest(store, "worldcup", dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage("goals.csv:3: column minute_label is 'ninety'', expected a minute such as 19' or 90+3'");
        assertThat(count(domainNodes, Map.of())).isEqualTo(before);
        assertThat(count("MATCH (r:IngestRun {status: 'FAILED'}) RETURN count(r)", Map.of())).isEqualTo(1);
    }
}
