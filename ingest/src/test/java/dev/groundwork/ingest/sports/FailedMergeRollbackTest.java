package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedNeo4j.class)
class FailedMergeRollbackTest {
    private static final String STATSBOMB_IDS = "MATCH (n) WHERE n.statsbombId IS NOT NULL RETURN count(n)";

    @Test
    void aFailedStatsBombRunTakesBackTheStatsBombIdsItSetOnWorldCupNodes(GraphStore store, @TempDir Path temp) throws Exception {
        // The attack (found by SportsFuzzTest): the alias statements set ids on nodes another source created without
        // journaling them, so a StatsBomb run that failed after its first match left them behind.
        Fixtures.ingest(store, "worldcup", Fixtures.dir("worldcup-2018-fixture"));
        Path dir = Fixtures.copy(Fixtures.dir("statsbomb-fixture"), temp.resolve("statsbomb"));
        // Match 7576 (Portugal-Spain, merged onto the World Cup's) is written and flushed before match 15986 is read.
        Files.writeString(dir.resolve("data/events/15986.json"), "[{\"id\": ");
        assertThat(Fixtures.count(store, STATSBOMB_IDS)).isZero();

        assertThatThrownBy(() -> Fixtures.ingest(store, "statsbomb", dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("events/15986.json:1: expected valid JSON");

        assertThat(Fixtures.count(store, STATSBOMB_IDS)).isZero();
        assertThat(Fixtures.count(store, "MATCH (n) WHERE n.gwLastRun IS NOT NULL AND n.gwLastRun <> n.gwRun RETURN count(n)")).isZero();
    }
}
