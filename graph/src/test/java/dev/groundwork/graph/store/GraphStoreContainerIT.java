package dev.groundwork.graph.store;

import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.batch.WriteStatement;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same store code against a real Neo4j server over the driver; skipped where there is no Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
class GraphStoreContainerIT {
    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:2026.08.1-community").withAdminPassword("groundwork-it");

    @Test
    void remoteStoreInstallsSchemaWritesAndUndoes() {
        var config = StoreConfig.builder().uri(NEO4J.getBoltUrl()).user("neo4j").password("groundwork-it").build();
        try (GraphStore store = GraphStore.open(config)) {
            assertThat(store.mode()).isEqualTo(GraphStore.Mode.REMOTE);
            String runId;
            try (BatchWriter w = BatchWriter.begin(store, "it", List.of("it.csv"), 10)) {
                w.write(WriteStatement.mergeNode("Source", "uri"), "it.csv", 1, Map.of("key", "u1", "props", Map.of()));
                runId = w.commit().id();
            }
            assertThat(GraphStats.of(store).labels()).containsEntry("Source", 2L);
            assertThat(IngestRuns.undo(store, runId).nodesDeleted()).isEqualTo(1);
        }
    }
}
