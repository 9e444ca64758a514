package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenFootballIngestTest extends IngestedFixture {
    private static final String MATCH = """
            MATCH (h:Team {name: $home})<-[:HOME_TEAM]-(m:Match)-[:AWAY_TEAM]->(a:Team {name: $away})
            OPTIONAL MATCH (m)-[:WINNER]->(w:Team)
            MATCH (m)-[:IN_TOURNAMENT]->(x:Tournament)-[:IN_COMPETITION]->(c:Competition)
            RETURN m, w.name AS winner, x.season AS season, x.name AS tournament, c.name AS league
            """;
    OpenFootballIngestTest() {
        super("openfootball", "openfootball-fixture");
    }

    private Record match(String home, String away) {
        return store.read(tx -> tx.run(MATCH, Map.of("home", home, "away", away)).single());
    }

    @Test
    void readsEveryLeagueFileOfBothLayouts() {
        assertThat(summary.run().status()).isEqualTo("COMPLETED");
        assertThat(summary.rowsPerFile()).containsExactly(Map.entry("2014-15_de.1.json", 4L), Map.entry("2020-21_de.cup.json", 6L),
                Map.entry("2020-21_en.1.json", 11L));
        assertThat(summary.run().counts().skipped()).isEqualTo(2);
        long matches = store.read(tx -> tx.run("MATCH (m:Match {gwRun: $run}) RETURN count(m)", Map.of("run", summary.run().id()))
                .single().get(0).asLong());
        assertThat(matches).isEqualTo(19);
    }

    @Test
    void aLeagueMatchHasItsSeasonScoresAndWinner() {
        Record r = match("Liverpool FC", "Leeds United FC");
        var m = r.get("m").asNode();
        assertThat(r.get("winner").asString()).isEqualTo("Liverpool FC");
        assertThat(r.get("season").asString()).isEqualTo("2020/21");
        assertThat(r.get("league").asString()).isEqualTo("Premier League");
        assertThat(m.get("homeScore").asInt()).isEqualTo(4);
        assertThat(m.get("awayScore").asInt()).isEqualTo(3);
        assertThat(m.get("halfTimeHomeScore").asInt()).isEqualTo(3);
        assertThat(m.get("date").asString()).isEqualTo("2020-09-12");
        assertThat(m.get("stage").asString()).isEqualTo("matchday 1");
    }

    @Test
    void aGoallessDrawHasNoWinnerAndBothTeamsDraw() {
        Record r = match("West Bromwich Albion FC", "Burnley FC");
        assertThat(r.get("winner").isNull()).isTrue();
        assertThat(count("MATCH (t:Team)-[p:PARTICIPATED_IN {result: 'draw'}]->(m:Match {date: '2020-10-19'}) RETURN count(p)"))
                .isEqualTo(2);
    }

    @Test
    void extraTimeAndPenaltiesDecideCupMatches() {
        Record afterExtraTime = match("RSV Meinerzhagen", "SpVgg Greuther Fürth");
        assertThat(afterExtraTime.get("winner").asString()).isEqualTo("SpVgg Greuther Fürth");
        assertThat(afterExtraTime.get("m").asNode().get("awayScore").asInt()).isEqualTo(6);
        Record shootout = match("Chemnitzer FC", "TSG 1899 Hoffenheim");
        var m = shootout.get("m").asNode();
        assertThat(shootout.get("winner").asString()).isEqualTo("TSG 1899 Hoffenheim");
        assertThat(m.get("homeScore").asInt()).isEqualTo(2);
        assertThat(m.get("penaltyShootout").asBoolean()).isTrue();
        assertThat(m.get("homePenalties").asInt()).isEqualTo(2);
        assertThat(m.get("awayPenalties").asInt()).isEqualTo(3);
    }

    @Test
    void theOlderRoundsLayoutWithTeamObjectsIsRead() {
        Record r = match("FC Bayern München", "VfL Wolfsburg");
        assertThat(r.get("winner").asString()).isEqualTo("FC Bayern München");
        assertThat(r.get("tournament").asString()).isEqualTo("Deutsche Bundesliga 2014/15");
        assertThat(r.get("m").asNode().get("round").asString()).isEqualTo("1. Spieltag");
    }

    @Test
    void aTeamOfTwoFilesIsOneNode() {
        assertThat(count("MATCH (t:Team {name: 'FC Augsburg'}) RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void aScoreWrittenAsTextWithAnEnDashIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2019-20_xx.1.json"), """
                {"name": "Test League 2019/20", "matches": [
                  {"round": "Matchday 1", "date": "2019-08-09", "team1": "Alpha FC", "team2": "Beta FC", "score": {"ft": "4–1"}}]}
                """);
        Fixtures.ingest(store, "openfootball", dir);
        assertThat(match("Alpha FC", "Beta FC").get("winner").asString()).isEqualTo("Alpha FC");
    }

    @Test
    void rejectsAScoreThatIsNotAPairNamingFileAndJsonPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2019-20_xx.1.json"), """
                {"name": "Test League 2019/20", "matches": [
                  {"round": "Matchday 1", "date": "2019-08-09", "team1": "Gamma FC", "team2": "Delta FC", "score": {"ft": [2]}}]}
                """);
        assertThatThrownBy(() -> Fixtures.ingest(store, "openfootball", dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage("2019-20_xx.1.json: $.matches[0].score.ft is '[2]', expected a pair of goals such as [4, 1]");
        assertThat(count("MATCH (t:Team {name: 'Gamma FC'}) RETURN count(t)")).as("the failed run is undone").isZero();
    }

    @Test
    void rejectsAMissingDateAndInvalidJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2019-20_xx.1.json");
        Files.writeString(file, """
                {"name": "Test League 2019/20", "matches": [{"round": "Matchday 1", "team1": "A", "team2": "B", "score": {"ft": [1, 0]}}]}
                """);
        assertThatThrownBy(() -> Fixtures.ingest(store, "openfootball", file))
                .hasMessage("2019-20_xx.1.json: $.matches[0].date is missing, expected a value");
        Files.writeString(file, "{\"name\": \"Test League 2019/20\",\n \"matches\": [ {,] }");
        assertThatThrownBy(() -> Fixtures.ingest(store, "openfootball", file))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("2019-20_xx.1.json:2: expected valid JSON");
    }

    @Test
    void rejectsAPathWithoutLeagueFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> Fixtures.ingest(store, "openfootball", dir))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("expected football.json league files");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> Fixtures.ingest(store, "uefa", Path.of(".")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown sports format 'uefa'; known formats: worldcup, openfootball, statsbomb");
    }
}
