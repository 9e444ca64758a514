package dev.groundwork.graph.batch;

import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class BatchWriterTest {
    // Source and IngestRun are the labels the core ontology declares, so the writer can be tested without a domain.
    private static final WriteStatement SOURCE = WriteStatement.mergeNode("Source", "uri");
    private static final WriteStatement LINK = WriteStatement.mergeRelationship("Source", "uri", "READ", "Source", "uri");

    @BeforeEach
    void wipe(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    private static IngestRun ingest(GraphStore store, int batchSize, String... uris) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("input.csv"), batchSize)) {
            for (int i = 0; i < uris.length; i++) {
                w.write(SOURCE, "input.csv", i + 1, Map.of("key", uris[i], "props", Map.of("title", "t" + i)));
            }
            return w.commit();
        }
    }

    private static long count(GraphStore store, String cypher) {
        return store.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    @Test
    void writesRowsInBatchesWithProvenance(GraphStore store) {
        IngestRun run = ingest(store, 2, "a", "b", "c");
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts().records()).isEqualTo(3);
        assertThat(run.counts().nodesCreated()).isEqualTo(3);
        var row = store.read(tx -> tx.run("MATCH (n:Source {uri: 'c'}) RETURN n.gwRun AS run, n.gwSource AS src, n.gwRecord AS rec")
                .single());
        assertThat(row.get("run").asString()).isEqualTo(run.id());
        assertThat(row.get("src").asString()).isEqualTo("input.csv");
        assertThat(row.get("rec").asLong()).isEqualTo(3);
    }

    @Test
    void reingestingTheSameInputCreatesNothing(GraphStore store) {
        ingest(store, 10, "a", "b");
        IngestRun again = ingest(store, 10, "a", "b");
        assertThat(again.counts().nodesCreated()).isZero();
        assertThat(again.counts().updated()).isEqualTo(2);
        assertThat(count(store, "MATCH (n:Source) WHERE n.uri IN ['a','b'] RETURN count(n)")).isEqualTo(2);
    }

    @Test
    void linkToAbsentNodeLeavesPlaceholderThatTheNodeFills(GraphStore store) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("links.csv"), 10)) {
            w.write(LINK, "links.csv", 1, Map.of("from", "a", "to", "later", "props", Map.of()));
            w.commit();
        }
        assertThat(count(store, "MATCH (n:Source {uri: 'later'}) WHERE n.placeholder RETURN count(n)")).isEqualTo(1);
        ingest(store, 10, "later");
        assertThat(count(store, "MATCH (n:Source {uri: 'later'}) WHERE n.placeholder IS NULL RETURN count(n)")).isEqualTo(1);
        assertThat(count(store, "MATCH (:Source {uri: 'a'})-[:READ]->(:Source {uri: 'later'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void runThatFailsLeavesTheGraphAsItWas(GraphStore store) {
        String ingested = "MATCH (n:Source) WHERE n.gwRun IS NOT NULL RETURN count(n)";
        long before = count(store, ingested);
        String runId;
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("broken.csv"), 1)) {
            runId = w.runId();
            w.write(SOURCE, "broken.csv", 1, Map.of("key", "x1", "props", Map.of()));
            w.write(SOURCE, "broken.csv", 2, Map.of("key", "x2", "props", Map.of()));
            // no commit: the input turned out to be bad
        }
        assertThat(count(store, "MATCH (n:Source) WHERE n.uri IN ['x1','x2'] RETURN count(n)")).isZero();
        assertThat(count(store, ingested)).isEqualTo(before);
        assertThat(IngestRuns.get(store, runId).status()).isEqualTo("FAILED");
    }

    @Test
    void undoRemovesWhatTheRunCreatedAndNothingElse(GraphStore store) {
        ingest(store, 10, "keep");
        IngestRun second = ingest(store, 10, "keep", "drop1", "drop2");
        IngestRuns.Undo undo = IngestRuns.undo(store, second.id());
        assertThat(undo.nodesDeleted()).isEqualTo(2);
        assertThat(count(store, "MATCH (n:Source) WHERE n.uri IN ['keep','drop1','drop2'] RETURN count(n)")).isEqualTo(1);
        assertThat(IngestRuns.get(store, second.id()).status()).isEqualTo("UNDONE");
    }

    @Test
    void listsRunsNewestFirstWithCounts(GraphStore store) {
        IngestRun first = ingest(store, 10, "a");
        IngestRun second = ingest(store, 10, "b", "c");
        List<IngestRun> runs = IngestRuns.list(store);
        assertThat(runs).extracting(IngestRun::id).containsSubsequence(second.id(), first.id());
        assertThat(runs.getFirst().counts().records()).isEqualTo(2);
    }

    @Test
    void undoOfUnknownRunNamesIt(GraphStore store) {
        assertThatThrownBy(() -> IngestRuns.undo(store, "run-nope"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no ingest run with id 'run-nope'; 'groundwork ingest runs' lists them");
    }

    @Test
    void rejectsStatementWithUnsafeLabel() {
        assertThatThrownBy(() -> WriteStatement.mergeNode("Bad`) DETACH DELETE (x", "key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label must be a letter followed by letters, digits or '_', got 'Bad`) DETACH DELETE (x'");
    }
}
