package dev.groundwork.ingest.triples;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.GraphLines;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ingest triples --bulk} on a fresh embedded store, against the transactional path on the test JVM's shared store
 * (emptied before the class; each embedded store opened and closed costs seconds).
 */
@ExtendWith(SharedNeo4j.class)
class TripleBulkTest {

    @Test
    void bulkTriplesWriteTheTransactionalGraphOnceEachAndUndoRemovesThem(GraphStore shared, @TempDir Path tmp)
            throws URISyntaxException {
        List<Path> files = List.of(TripleIngestTest.fixture("bulk-a.tsv"), TripleIngestTest.fixture("bulk-b.tsv"));
        IngestOptions options = IngestOptions.DEFAULTS.withDataset("tiny").withMaxErrors(1);
        IngestRun txRun = TripleIngest.ingest(shared, files, options, IngestProgress.NONE);
        GraphLines expected = GraphLines.of(shared, "Entity", "key", txRun.id());

        BulkLoad load = TripleIngest.bulk(config(tmp.resolve("bulk")), files, options, IngestProgress.NONE, null);

        assertThat(load.run().counts()).isEqualTo(txRun.counts());
        assertThat(load.run().kind()).isEqualTo(txRun.kind());
        assertThat(load.run().sources()).isEqualTo(txRun.sources());
        try (GraphStore store = GraphStore.open(config(tmp.resolve("bulk")))) {
            GraphLines actual = GraphLines.of(store, "Entity", "key", load.run().id());
            assertThat(actual.lines()).isEqualTo(expected.lines());
            assertThat(actual.sha256()).isEqualTo(expected.sha256());
            // A triple repeated across files is one relationship; the last line wins, as the transactional SET gives.
            assertThat(actual.lines()).contains("Ann -[people_person_friend {gwLastRun: RUN, gwRecord: INTEGER 1, gwRun: RUN,"
                    + " gwSource: STRING bulk-b.tsv, name: STRING /people/person/friend}]-> Béla");
            assertThat(actual.lines()).contains("Zoë 日本 -[people_born_in {gwLastRun: RUN, gwRecord: INTEGER 2, gwRun: RUN,"
                    + " gwSource: STRING bulk-b.tsv, name: STRING /people/born_in}]-> Köln");
            assertThat(actual.lines()).hasSize(6 + 5);
            long constraints = store.read(tx -> tx.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties"
                    + " WHERE labelsOrTypes = ['Entity'] AND properties = ['key'] RETURN count(*) AS n").single().get("n").asLong());
            assertThat(constraints).isEqualTo(1);
            GraphLines.assertListedThenUndone(store, load.run().id(), txRun.counts(), "Entity");
        }
    }

    @Test
    void bulkIntoARemoteServerIsRefusedInOneLineBeforeAnythingIsRead() throws URISyntaxException {
        // The non-empty store is refused by the same BulkLoad.load check (CommonsenseBulkTest opens one for it).
        StoreConfig remote = StoreConfig.builder().uri("bolt://example.org:7687").build();

        assertThatThrownBy(() -> TripleIngest.bulk(remote, List.of(TripleIngestTest.fixture("bulk-a.tsv")),
                IngestOptions.DEFAULTS, IngestProgress.NONE, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--bulk: --neo4j-uri bolt://example.org:7687 is a remote server")
                .hasMessageNotContaining("\n");
    }

    private static StoreConfig config(Path dir) {
        return StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(64).build();
    }
}
