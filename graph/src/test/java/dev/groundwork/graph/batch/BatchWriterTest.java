package dev.groundwork.graph.batch;

import dev.groundwork.graph.BadInputException;
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
    void aRecordsRowsAreNeverSplitAcrossTwoChunks(GraphStore store) {
        String committed = "MATCH (r:IngestRun {id: $id}) RETURN r.committedRecords";
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("split.csv"), 2)) {
            w.write(SOURCE, "split.csv", 1, Map.of("key", "s1", "props", Map.of()));
            w.write(SOURCE, "split.csv", 2, Map.of("key", "s2a", "props", Map.of()));
            w.write(SOURCE, "split.csv", 2, Map.of("key", "s2b", "props", Map.of()));
            boolean none = store.read(tx -> tx.run(committed, Map.of("id", w.runId())).single().get(0).isNull());
            assertThat(none).isTrue();
            // Record 3 starts with two rows buffered and more than the chunk size: records 1 and 2 go together, all three rows.
            w.write(SOURCE, "split.csv", 3, Map.of("key", "s3", "props", Map.of()));
            long rows = store.read(tx -> tx.run(committed, Map.of("id", w.runId())).single().get(0).asLong());
            assertThat(rows).isEqualTo(3);
            assertThat(w.commit().counts().records()).isEqualTo(4);
        }
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

    private static String title(GraphStore store, String uri) {
        return store.read(tx -> tx.run("MATCH (n:Source {uri: $u}) RETURN n.title AS t", Map.of("u", uri)).single().get("t")
                .asString(null));
    }

    private static long sources(GraphStore store, String... uris) {
        return store.read(tx -> tx.run("MATCH (n:Source) WHERE n.uri IN $u RETURN count(n)", Map.of("u", List.of(uris)))
                .single().get(0).asLong());
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void undoKeepsWhatAnotherRunMergedIntoOrLinkedToAndRevertsWhatItOverwrote(GraphStore store) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("one.csv"), 10)) {
            w.write(SOURCE, "one.csv", 1, Map.of("key", "u-a", "props", Map.of("title", "one")));
            w.write(SOURCE, "one.csv", 2, Map.of("key", "u-x", "props", Map.of("title", "x")));
            w.commit();
        }
        String second;
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("two.csv"), 10)) {
            second = w.runId();
            w.write(SOURCE, "two.csv", 1, Map.of("key", "u-a", "props", Map.of("title", "two")));
            w.write(SOURCE, "two.csv", 2, Map.of("key", "u-b", "props", Map.of("title", "b")));
            w.write(SOURCE, "two.csv", 3, Map.of("key", "u-only", "props", Map.of("title", "only")));
            w.write(LINK, "two.csv", 4, Map.of("from", "u-b", "to", "u-x", "props", Map.of()));
            w.commit();
        }
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("three.csv"), 10)) {
            w.write(LINK, "three.csv", 1, Map.of("from", "u-c", "to", "u-b", "props", Map.of()));
            w.commit();
        }

        IngestRuns.Undo undo = IngestRuns.undo(store, second);

        assertThat(title(store, "u-a")).isEqualTo("one");
        assertThat(sources(store, "u-only")).isZero();
        assertThat(sources(store, "u-a", "u-x", "u-b", "u-c")).isEqualTo(4);
        assertThat(count(store, "MATCH (:Source {uri: 'u-b'})-[:READ]->(:Source {uri: 'u-x'}) RETURN count(*)")).isZero();
        assertThat(count(store, "MATCH (:Source {uri: 'u-c'})-[:READ]->(:Source {uri: 'u-b'}) RETURN count(*)")).isEqualTo(1);
        assertThat(undo.nodesDeleted()).isEqualTo(1);
        assertThat(count(store, "MATCH (j:IngestJournal {gwJournalRun: '" + second + "'}) RETURN count(j)")).isZero();
        assertThat(IngestRuns.undo(store, second)).isEqualTo(new IngestRuns.Undo(second, 0, 0));
    }

    private static String link(GraphStore store, Object weight) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("links.csv"), 10)) {
            w.write(LINK, "links.csv", 1, Map.of("from", "r-a", "to", "r-b", "props", Map.of("weight", weight)));
            return w.commit().id();
        }
    }

    private static Map<String, Object> linkProps(GraphStore store) {
        return store.read(tx -> tx.run("MATCH (:Source {uri: 'r-a'})-[r:READ]->(:Source {uri: 'r-b'}) RETURN r").list())
                .stream().map(r -> r.get("r").asMap()).findFirst().orElse(Map.of());
    }

    @Test
    void undoOfARunThatOverwroteAnotherRunsRelationshipRevertsItsPropertiesAndKeepsIt(GraphStore store) {
        // The attack: a later run rewrites a shared relationship's properties; undoing it must neither leave its values nor
        // delete the relationship the first run created.
        String first = link(store, 1L);
        String second = link(store, 2L);
        assertThat(linkProps(store)).containsEntry("weight", 2L).containsEntry("gwLastRun", second);

        IngestRuns.undo(store, second);

        assertThat(linkProps(store)).containsEntry("weight", 1L).containsEntry("gwRun", first).containsEntry("gwLastRun", first);
        assertThat(count(store, "MATCH (j:IngestJournal) RETURN count(j)")).isZero();
    }

    @Test
    void undoOfAnOlderRunKeepsARelationshipALaterRunRewroteWithTheLaterValues(GraphStore store) {
        String first = link(store, 1L);
        String second = link(store, 2L);

        IngestRuns.undo(store, first);

        assertThat(linkProps(store)).containsEntry("weight", 2L).containsEntry("gwLastRun", second);
        assertThat(sources(store, "r-a", "r-b")).isEqualTo(2);
    }

    @Test
    void aFailedRunThatChangedARelationshipPutsItsOldPropertiesBack(GraphStore store) {
        String first = link(store, 1L);
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("links.csv"), 1)) {
            w.write(LINK, "links.csv", 1, Map.of("from", "r-a", "to", "r-b", "props", Map.of("weight", 3L, "note", "new")));
            // A chunk is sent when the next record starts or on flush; here there is no next record.
            w.flush();
            assertThat(linkProps(store)).containsEntry("weight", 3L);
        }

        assertThat(linkProps(store)).containsEntry("weight", 1L).containsEntry("gwLastRun", first).doesNotContainKey("note");
        assertThat(count(store, "MATCH (j:IngestJournal) RETURN count(j)")).isZero();
    }

    @Test
    void undoOfTheCreatorKeepsANodeALaterRunMergedInto(GraphStore store) {
        IngestRun first = ingest(store, 10, "shared", "first-only");
        ingest(store, 10, "shared");

        IngestRuns.undo(store, first.id());

        assertThat(sources(store, "shared")).isEqualTo(1);
        assertThat(sources(store, "first-only")).isZero();
    }

    @Test
    void undoOfARunThatIsStillGoingIsRefused(GraphStore store) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("live.csv"), 10)) {
            w.write(SOURCE, "live.csv", 1, Map.of("key", "live-1", "props", Map.of()));
            w.flush();

            assertThatThrownBy(() -> IngestRuns.undo(store, w.runId()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("ingest run '" + w.runId() + "' is still running (pid " + ProcessHandle.current().pid())
                    .hasMessageEndingWith("stop it or wait for it to finish before undoing it");
            assertThat(sources(store, "live-1")).isEqualTo(1);
            assertThat(IngestRuns.recoverInterrupted(store)).doesNotContain(w.runId());
            w.commit();
        }
    }

    @Test
    void aRunWhoseProcessDiedIsRolledBackAndMarkedInterruptedWhenTheStoreIsNextOpened(GraphStore store) throws Exception {
        ingest(store, 10, "before");
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("before.csv"), 10)) {
            w.write(SOURCE, "before.csv", 1, Map.of("key", "before", "props", Map.of("title", "kept")));
            w.commit();
        }
        // A run that wrote a chunk, then its process was killed: same host, a pid no process has.
        BatchWriter killed = BatchWriter.begin(store, "test", List.of("killed.csv"), 10);
        killed.write(SOURCE, "killed.csv", 1, Map.of("key", "before", "props", Map.of("title", "half-written")));
        killed.write(SOURCE, "killed.csv", 2, Map.of("key", "partial", "props", Map.of()));
        killed.flush();
        long pid = deadPid();
        store.write(tx -> tx.run("MATCH (r:IngestRun {id: $id}) SET r.pid = $pid", Map.of("id", killed.runId(), "pid", pid))
                .consume());

        List<String> recovered = IngestRuns.recoverInterrupted(store);

        assertThat(recovered).containsExactly(killed.runId());
        assertThat(sources(store, "partial")).isZero();
        assertThat(title(store, "before")).isEqualTo("kept");
        IngestRun run = IngestRuns.get(store, killed.runId());
        assertThat(run.status()).isEqualTo("INTERRUPTED");
        assertThat(run.message()).isEqualTo("the process was gone; rolled back 1 nodes and 0 relationships");
        assertThat(IngestRuns.recoverInterrupted(store)).isEmpty();
        // Undo after the roll-back has nothing left to do, and says so without failing.
        assertThat(IngestRuns.undo(store, killed.runId())).isEqualTo(new IngestRuns.Undo(killed.runId(), 0, 0));
        assertThat(IngestRuns.get(store, killed.runId()).status()).isEqualTo("UNDONE");
    }

    @Test
    void aRunOnAnotherHostIsJudgedByItsHeartbeat(GraphStore store) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("remote.csv"), 10)) {
            w.write(SOURCE, "remote.csv", 1, Map.of("key", "remote-1", "props", Map.of()));
            w.flush();
            store.write(tx -> tx.run("MATCH (r:IngestRun {id: $id}) SET r.host = 'elsewhere', r.heartbeatAt = datetime() - duration('PT1M')",
                    Map.of("id", w.runId())).consume());
            assertThat(IngestRuns.recoverInterrupted(store)).doesNotContain(w.runId());

            // The writer's own heartbeat (every 10 s) may refresh the run between the SET and the check;
            // a few attempts make that race harmless without weakening what is checked.
            List<String> recovered = List.of();
            for (int attempt = 0; attempt < 3 && recovered.isEmpty(); attempt++) {
                store.write(tx -> tx.run("MATCH (r:IngestRun {id: $id}) SET r.heartbeatAt = datetime() - duration('PT3M')",
                        Map.of("id", w.runId())).consume());
                recovered = IngestRuns.recoverInterrupted(store);
            }
            assertThat(recovered).containsExactly(w.runId());
            assertThat(sources(store, "remote-1")).isZero();
        }
    }

    private static final WriteStatement REPLACE = new WriteStatement("replace", """
            UNWIND $rows AS row
            MATCH (s:Source {uri: row.key}) WHERE coalesce(s.gwRun, '') <> $run
            %s
            """.formatted(WriteStatement.supersede("s", "Source")), java.util.Set.of(), java.util.Set.of());

    @Test
    void aSupersededNodeComesBackWhenTheRunFailsAndGoesWhenItCommits(GraphStore store) {
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("v1.csv"), 10)) {
            w.write(SOURCE, "v1.csv", 1, Map.of("key", "doc", "props", Map.of("title", "v1")));
            w.commit();
        }
        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("v2.csv"), 10)) {
            w.write(REPLACE, "v2.csv", 1, Map.of("key", "doc"));
            w.write(SOURCE, "v2.csv", 1, Map.of("key", "doc", "props", Map.of("title", "v2")));
            w.flush();
            assertThat(title(store, "doc")).isEqualTo("v2");
            // no commit: the re-ingest failed part-way
        }
        assertThat(title(store, "doc")).isEqualTo("v1");
        assertThat(count(store, "MATCH (n:GwSuperseded) RETURN count(n)")).isZero();

        try (BatchWriter w = BatchWriter.begin(store, "test", List.of("v2.csv"), 10)) {
            w.write(REPLACE, "v2.csv", 1, Map.of("key", "doc"));
            w.write(SOURCE, "v2.csv", 1, Map.of("key", "doc", "props", Map.of("title", "v2")));
            w.commit();
        }
        assertThat(title(store, "doc")).isEqualTo("v2");
        assertThat(sources(store, "doc")).isEqualTo(1);
        assertThat(count(store, "MATCH (n:GwSuperseded) RETURN count(n)")).isZero();
    }
}
