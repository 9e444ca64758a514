package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.bulk.BulkImport;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.commonsense.CommonsenseIngest.Format;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path (import files, Neo4j's importer) on fresh embedded stores, against the transactional path on the
 * test JVM's shared store, emptied first (each embedded store opened and closed costs seconds).
 */
@ExtendWith(SharedNeo4j.class)
class CommonsenseBulkTest {

    /** Ingests {@code input} transactionally into {@code shared}, emptied first, so that the graph holds this run alone. */
    private static IngestRun transactional(GraphStore shared, Format format, List<Path> input) {
        SharedNeo4j.empty(shared);
        return CommonsenseIngest.ingest(shared, format, input, IngestOptions.DEFAULTS, IngestProgress.NONE);
    }

    @Test
    void bulkConceptNetLoadWritesTheTransactionalGraphAndRefusesANonEmptyStore(GraphStore shared, @TempDir Path tmp) {
        Format format = Format.CONCEPTNET;
        List<Path> input = List.of(fixture("conceptnet-bulk.csv"));
        IngestRun txRun = transactional(shared, format, input);
        Graph expected = Graph.of(shared, txRun.id());

        try (GraphStore empty = GraphStore.open(config(tmp.resolve("bulk")))) {
            // An empty store that has been opened (its schema installed) is replaced by the import.
            assertThat(empty.mode()).isEqualTo(GraphStore.Mode.EMBEDDED);
        }

        CommonsenseIngest.BulkLoad load = CommonsenseIngest.bulk(config(tmp.resolve("bulk")), format, input, IngestOptions.DEFAULTS, IngestProgress.NONE, null);

        assertThat(load.stagesSeconds()).containsOnlyKeys("parse", "import", "start", "schema", "record");
        assertThat(load.run().counts()).isEqualTo(txRun.counts());
        try (GraphStore store = GraphStore.open(config(tmp.resolve("bulk")))) {
            Graph actual = Graph.of(store, load.run().id());
            assertThat(actual.lines()).isEqualTo(expected.lines());
            assertThat(actual.sha256()).isEqualTo(expected.sha256());
            assertThat(actual.lines()).contains("(Concept {gwRecord: INTEGER 3, gwRun: RUN, gwSource: STRING " + fixture("conceptnet-bulk.csv")
                    + ", lang: STRING en, name: STRING café, pos: STRING n, uri: STRING /c/en/café})");
            IngestRun listed = IngestRuns.get(store, load.run().id());
            assertThat(listed.status()).isEqualTo("COMPLETED");
            assertThat(listed.counts()).isEqualTo(txRun.counts());
            IngestRuns.undo(store, load.run().id());
            long left = store.read(tx -> tx.run("MATCH (c:Concept) RETURN count(c) AS n").single().get("n").asLong());
            assertThat(left).isZero();
        }
        // The undone run's record is left in the store: it is no longer empty.
        StoreConfig used = config(tmp.resolve("bulk"));
        assertThatThrownBy(() -> CommonsenseIngest.bulk(used, format, input, IngestOptions.DEFAULTS, IngestProgress.NONE, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--bulk: --db " + used.dataDir() + " is not empty (")
                .hasMessageContaining("the importer can only create a new database");
    }

    @Test
    void bulkRdfLoadAndItsExportedImportFilesBothWriteTheTransactionalGraph(GraphStore shared, @TempDir Path tmp) {
        Format format = Format.RDF;
        List<Path> input = List.of(fixture("concepts-bulk.ttl"));
        IngestRun txRun = transactional(shared, format, input);
        Graph expected = Graph.of(shared, txRun.id());
        assertThat(expected.lines()).anyMatch(l -> l.contains("name: STRING crème\nbrûlée") && l.contains("note: STRING ,"));

        CommonsenseIngest.BulkLoad load = CommonsenseIngest.bulk(config(tmp.resolve("bulk")), format, input, IngestOptions.DEFAULTS, IngestProgress.NONE, null);
        assertThat(load.run().counts()).isEqualTo(txRun.counts());
        try (GraphStore store = GraphStore.open(config(tmp.resolve("bulk")))) {
            assertThat(Graph.of(store, load.run().id()).lines()).isEqualTo(expected.lines());
        }

        ImportFiles files = CommonsenseIngest.exportImportFiles(format, input, IngestOptions.DEFAULTS, IngestProgress.NONE, tmp.resolve("export"));
        assertThat(files.multiline()).isTrue();
        assertThat(files.command("neo4j")).startsWith("neo4j-admin database import full").contains("--id-type=actual")
                .contains("--multiline-fields=true");
        StoreConfig imported = config(tmp.resolve("imported"));
        BulkImport.run(imported, files, null);
        try (GraphStore store = GraphStore.open(imported)) {
            String runId = store.read(tx -> tx.run("MATCH (c:Concept) RETURN c.gwRun AS r LIMIT 1").single().get("r").asString());
            Graph roundTrip = Graph.of(store, runId);
            assertThat(roundTrip.lines()).hasSameSizeAs(expected.lines());
            assertThat(roundTrip.sha256()).isEqualTo(expected.sha256());
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

    /** Every Concept and relationship of a run, one canonical line each (gwRun replaced by RUN), sorted. */
    private record Graph(List<String> lines) {
        static Graph of(GraphStore store, String runId) {
            List<String> lines = new ArrayList<>();
            store.read(tx -> {
                tx.run("MATCH (c:Concept) RETURN labels(c) AS l, properties(c) AS p").forEachRemaining(r ->
                        lines.add("(" + String.join(":", r.get("l").asList(Value::asString)) + " " + props(r.get("p"), runId) + ")"));
                tx.run("MATCH (a:Concept)-[r]->(b:Concept) RETURN a.uri AS a, type(r) AS t, properties(r) AS p, b.uri AS b")
                        .forEachRemaining(r -> lines.add(r.get("a").asString() + " -[" + r.get("t").asString() + " "
                                + props(r.get("p"), runId) + "]-> " + r.get("b").asString()));
                return null;
            });
            lines.sort(null);
            return new Graph(List.copyOf(lines));
        }

        private static String props(Value map, String runId) {
            TreeMap<String, String> out = new TreeMap<>();
            for (String k : map.keys()) {
                Value v = map.get(k);
                out.put(k, k.equals("gwRun") && v.asString().equals(runId) ? "RUN"
                        : v.type().name() + " " + v.asObject());
            }
            return out.toString().replace("=", ": ");
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
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
