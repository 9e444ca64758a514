package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.bulk.BulkImport;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.GraphLines;
import dev.groundwork.ingest.commonsense.CommonsenseIngest.Format;
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
 * The bulk path (import files, Neo4j's importer) on fresh embedded stores, against the transactional path on the
 * test JVM's shared store, emptied first (each embedded store opened and closed costs seconds).
 */
@ExtendWith(SharedNeo4j.class)
class CommonsenseBulkTest {

    /** A fixture ingested transactionally into the shared store, emptied first: the graph a bulk load must equal. */
    private record Transactional(Format format, List<Path> input, IngestRun run, GraphLines graph) {
        static Transactional of(GraphStore shared, Format format, String fixture) {
            List<Path> input = List.of(fixture(fixture));
            SharedNeo4j.empty(shared);
            IngestRun run = CommonsenseIngest.ingest(shared, format, input, IngestOptions.DEFAULTS, IngestProgress.NONE);
            return new Transactional(format, input, run, Graph.of(shared, run.id()));
        }
    }

    @Test
    void bulkConceptNetLoadWritesTheTransactionalGraphAndRefusesANonEmptyStore(GraphStore shared, @TempDir Path tmp) {
        Transactional baseline = Transactional.of(shared, Format.CONCEPTNET, "conceptnet-bulk.csv");

        try (GraphStore empty = GraphStore.open(config(tmp.resolve("bulk")))) {
            // An empty store that has been opened (its schema installed) is replaced by the import.
            assertThat(empty.mode()).isEqualTo(GraphStore.Mode.EMBEDDED);
        }

        dev.groundwork.graph.bulk.BulkLoad load = CommonsenseIngest.bulk(config(tmp.resolve("bulk")), baseline.format(), baseline.input(), IngestOptions.DEFAULTS, IngestProgress.NONE, null);

        assertThat(load.stagesSeconds()).containsOnlyKeys("parse", "import", "start", "schema", "record");
        assertThat(load.run().counts()).isEqualTo(baseline.run().counts());
        try (GraphStore store = GraphStore.open(config(tmp.resolve("bulk")))) {
            GraphLines actual = Graph.of(store, load.run().id());
            assertThat(actual.lines()).isEqualTo(baseline.graph().lines());
            assertThat(actual.sha256()).isEqualTo(baseline.graph().sha256());
            assertThat(actual.lines()).contains("(Concept {gwRecord: INTEGER 3, gwRun: RUN, gwSource: STRING " + fixture("conceptnet-bulk.csv")
                    + ", lang: STRING en, name: STRING café, pos: STRING n, uri: STRING /c/en/café})");
            GraphLines.assertListedThenUndone(store, load.run().id(), baseline.run().counts(), "Concept");
        }
        // The undone run's record is left in the store: it is no longer empty.
        StoreConfig used = config(tmp.resolve("bulk"));
        assertThatThrownBy(() -> CommonsenseIngest.bulk(used, baseline.format(), baseline.input(), IngestOptions.DEFAULTS, IngestProgress.NONE, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--bulk: --db " + used.dataDir() + " is not empty (")
                .hasMessageContaining("the importer can only create a new database");
    }

    @Test
    void bulkRdfLoadAndItsExportedImportFilesBothWriteTheTransactionalGraph(GraphStore shared, @TempDir Path tmp) {
        Transactional baseline = Transactional.of(shared, Format.RDF, "concepts-bulk.ttl");
        assertThat(baseline.graph().lines()).anyMatch(l -> l.contains("name: STRING crème\nbrûlée") && l.contains("note: STRING ,"));

        dev.groundwork.graph.bulk.BulkLoad load = CommonsenseIngest.bulk(config(tmp.resolve("bulk")), baseline.format(), baseline.input(), IngestOptions.DEFAULTS, IngestProgress.NONE, null);
        assertThat(load.run().counts()).isEqualTo(baseline.run().counts());
        try (GraphStore store = GraphStore.open(config(tmp.resolve("bulk")))) {
            assertThat(Graph.of(store, load.run().id()).lines()).isEqualTo(baseline.graph().lines());
        }

        ImportFiles files = CommonsenseIngest.exportImportFiles(baseline.format(), baseline.input(), IngestOptions.DEFAULTS, IngestProgress.NONE, tmp.resolve("export"));
        assertThat(files.multiline()).isTrue();
        assertThat(files.command("neo4j")).startsWith("neo4j-admin database import full").contains("--id-type=actual")
                .contains("--multiline-fields=true");
        StoreConfig imported = config(tmp.resolve("imported"));
        BulkImport.run(imported, files, null);
        try (GraphStore store = GraphStore.open(imported)) {
            String runId = store.read(tx -> tx.run("MATCH (c:Concept) RETURN c.gwRun AS r LIMIT 1").single().get("r").asString());
            GraphLines roundTrip = Graph.of(store, runId);
            assertThat(roundTrip.lines()).hasSameSizeAs(baseline.graph().lines());
            assertThat(roundTrip.sha256()).isEqualTo(baseline.graph().sha256());
        }
    }

    @Test
    void bulkIntoARemoteServerIsRefusedNamingTheUriAndTheExport() {
        StoreConfig remote = StoreConfig.builder().uri("bolt://example.org:7687").build();

        assertThatThrownBy(() -> BulkImport.requireEmpty(remote))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--bulk: --neo4j-uri bolt://example.org:7687 is a remote server, and the importer writes store files"
                        + " directly; write import files with 'groundwork export neo4j-import' and run the command it prints there");
    }

    /** Every Concept and relationship of a run, one canonical line each. */
    private static final class Graph {
        static GraphLines of(GraphStore store, String runId) {
            return GraphLines.of(store, "Concept", "uri", runId);
        }
    }

    private static StoreConfig config(Path dir) {
        return StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(64).build();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(CommonsenseBulkTest.class.getResource("/commonsense/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
