package dev.groundwork.ingest.sports;

import java.util.List;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole World Cup database, when {@code -Dgroundwork.worldcup.data=DIR} names it; prints the ingest time. */
@EnabledIfSystemProperty(named = "groundwork.worldcup.data", matches = ".+")
class WorldCupFullDataIngestTest {
    @Test
    void theWholeDatabaseIngestsWithoutErrors(@TempDir Path db) {
        try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(db).boltPort(0).build())) {
            SportsIngest.Summary s = SportsIngest.ingest(store, "worldcup", List.of(Path.of(System.getProperty("groundwork.worldcup.data"))), IngestOptions.DEFAULTS, p -> p.line().ifPresent(System.err::println));
            System.err.println("worldcup ingest: " + s.millis() + " ms, " + s.run().counts());
            assertThat(s.run().counts().errors()).isZero();
            assertThat(s.rowsPerFile().get("matches.csv")).isGreaterThan(900);
        }
    }
}
