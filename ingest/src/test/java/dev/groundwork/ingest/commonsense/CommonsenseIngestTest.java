package dev.groundwork.ingest.commonsense;

import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.commonsense.CommonsenseIngest.Format;
import dev.groundwork.ingest.commonsense.synthetic.ConceptNetDumpGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class CommonsenseIngestTest {

    @Test
    void cn100kLinesBecomeConceptsJoinedByTheirRelationWithinTheErrorBudget(GraphStore store) {
        IngestRun run = CommonsenseIngest.ingest(store, Format.CN100K, List.of(fixture("cn100k-sample.txt")), IngestOptions.DEFAULTS.withMaxErrors(1).withBatchSize(4), IngestProgress.NONE);

        assertThat(run.counts().errors()).isEqualTo(1);
        assertThat(one(store, "MATCH (c:Concept {uri: '/c/en/dog_house'}) RETURN c.name + '|' + c.lang AS v", run))
                .isEqualTo("dog house|en");
        assertThat(one(store, """
                MATCH (:Concept {name: 'dog'})-[r:AtLocation]->(:Concept {name: 'dog house'})
                RETURN r.weight + '|' + r.source AS v""", run)).isEqualTo("1.0|cn100k");
        assertThat(one(store, "MATCH ()-[r]->() WHERE r.gwRun = $run RETURN count(r) AS v", run)).isEqualTo(11L);
    }

    @Test
    void conceptNetDumpKeepsOneLanguageAndSplitsUrisIntoLemmaLanguageAndPartOfSpeech(GraphStore store) {
        IngestRun run = CommonsenseIngest.ingest(store, Format.CONCEPTNET, List.of(fixture("conceptnet-sample.csv")), IngestOptions.DEFAULTS, IngestProgress.NONE);

        assertThat(run.counts().skipped()).isEqualTo(2);
        assertThat(one(store, "MATCH (c:Concept {uri: '/c/en/ice_cream'}) RETURN c.name + '|' + c.lang + '|' + c.pos AS v",
                run)).isEqualTo("ice cream|en|n");
        assertThat(one(store, "MATCH (:Concept {uri: '/c/en/dog'})-[r:IsA]->(:Concept {uri: '/c/en/animal'})"
                + " RETURN r.weight + '|' + r.source AS v", run)).isEqualTo("3.464|/d/conceptnet/4/en");
        assertThat(one(store, "MATCH ()-[r:dbpedia_genre]->() WHERE r.gwRun = $run RETURN count(r) AS v", run)).isEqualTo(1L);
        assertThat(one(store, "MATCH (c:Concept) WHERE c.lang = 'fr' RETURN count(c) AS v", run)).isEqualTo(0L);
    }

    @Test
    void rdfResourcesBecomeConceptsObjectPropertiesRelationshipsAndLiteralsProperties(GraphStore store) {
        IngestRun run = CommonsenseIngest.ingest(store, Format.RDF, List.of(fixture("concepts.ttl")), IngestOptions.DEFAULTS, IngestProgress.NONE);

        assertThat(one(store, "MATCH (c:Concept {uri: 'http://conceptnet.io/c/en/dog'})-[:IsA]->(a:Concept)"
                + " RETURN c.name + '|' + c.legs + '|' + a.name AS v", run)).isEqualTo("dog|4|animal");
        assertThat(one(store, "MATCH (c:Concept {uri: 'http://conceptnet.io/c/en/ice_cream'})-[:AtLocation]->(f)"
                + " RETURN c.name + '|' + f.name AS v", run)).isEqualTo("ice cream|freezer");
    }

    @Test
    void aMalformedLineBeyondTheBudgetNamesFileAndLineAndLeavesNothingBehind(GraphStore store) {
        Path bad = fixture("cn100k-bad.txt");

        // Chunks of one record: line 1 is written (concepts and relationship) before line 2 fails the run.
        assertThatThrownBy(() -> CommonsenseIngest.ingest(store, Format.CN100K, List.of(bad), IngestOptions.DEFAULTS.withBatchSize(1), IngestProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage(bad + ":2: empty concept name in 'UsedFor\t \tplay'");
        IngestRun failed = IngestRuns.list(store).getFirst();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.counts().relationshipsCreated()).isEqualTo(1);
        long left = store.read(tx -> tx.run("MATCH (c:Concept) WHERE c.gwSource = $f RETURN count(c) AS n",
                Map.of("f", bad.toString())).single().get("n").asLong());
        assertThat(left).isZero();
        assertThat(one(store, "MATCH ()-[r]->() WHERE r.gwRun = $run RETURN count(r) AS v", failed)).isEqualTo(0L);
        assertThat(one(store, "MATCH (n) WHERE n.gwRun = $run RETURN count(n) AS v", failed)).isEqualTo(0L);
    }

    @Test
    void reingestingTheSameFileCreatesNothingNew(GraphStore store, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("again.txt");
        Files.writeString(file, "IsA\tlabrador\tretriever\nIsA\tretriever\tgun dog\n");
        CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS, IngestProgress.NONE);
        Files.writeString(file, "IsA\tlabrador\tretriever\nIsA\tretriever\tgun dog\nAtLocation\tlabrador\tkennel\n");

        IngestRun again = CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS, IngestProgress.NONE);

        assertThat(again.counts().nodesCreated()).isEqualTo(1);
        assertThat(again.counts().relationshipsCreated()).isEqualTo(1);
        assertThat(one(store, "MATCH (:Concept {name: 'labrador'})-[r:IsA]->(:Concept {name: 'retriever'}) RETURN count(r) AS v",
                again)).isEqualTo(1L);
    }

    @Test
    void aRepeatedTripleInOneRunIsWrittenOnceAndCountedAsSkipped(GraphStore store, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("repeated.txt");
        Files.writeString(file, "IsA\tpoodle\tdog breed\nIsA\tpoodle\tdog breed\nIsA\tpoodle\tdog breed\n");

        IngestRun run = CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS.withBatchSize(2), IngestProgress.NONE);

        assertThat(run.counts().relationshipsCreated()).isEqualTo(1);
        assertThat(run.counts().skipped()).isEqualTo(2);
        assertThat(one(store, "MATCH (:Concept {name: 'poodle'})-[r:IsA]->() RETURN count(r) AS v", run)).isEqualTo(1L);
    }

    @Test
    void anUndoneRunRemovesItsConceptsAndRelationships(GraphStore store, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("undo.txt");
        Files.writeString(file, "IsA\tzebu\tcattle\nAtLocation\tzebu\tindia\n");
        IngestRun run = CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS, IngestProgress.NONE);

        IngestRuns.Undo undo = IngestRuns.undo(store, run.id());

        assertThat(undo.relationshipsDeleted()).isEqualTo(2);
        assertThat(undo.nodesDeleted()).isEqualTo(3);
        assertThat(one(store, "MATCH (c:Concept) WHERE c.name IN ['zebu', 'cattle', 'india'] RETURN count(c) AS v", run))
                .isEqualTo(0L);
    }

    /** A broken ConceptNet dump line names its line; invalid Turtle, the line and column Jena gives. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CONCEPTNET  | conceptnet-bad.csv  | :2: the JSON column is not valid JSON
            RDF         | invalid.ttl         | :5:1: invalid Turtle
            """)
    void aSyntaxErrorIsReportedWithItsPlaceInTheFile(Format format, String fixture, String place, GraphStore store) {
        Path bad = fixture(fixture);

        assertThatThrownBy(() -> CommonsenseIngest.ingest(store, format, List.of(bad), IngestOptions.DEFAULTS, IngestProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(bad + place);
    }

    @Test
    void anUnknownLanguageCodeIsRejectedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> CommonsenseIngest.ingest(null, Format.CONCEPTNET, List.of(Path.of("x")),
                IngestOptions.DEFAULTS.withLang("xx"), IngestProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--lang: unknown language code 'xx' (expected an ISO 639 code such as en, de, fr, ja)");
    }

    @Test
    void aGeneratedDumpIngestsEveryLine(GraphStore store, @TempDir Path dir) throws Exception {
        Path dump = dir.resolve("generated.csv.gz");
        ConceptNetDumpGenerator.write(dump, 500, 7);

        IngestRun run = CommonsenseIngest.ingest(store, Format.CONCEPTNET, List.of(dump), IngestOptions.DEFAULTS, IngestProgress.NONE);

        // Every line is either a relationship created or a repeat of one (counted as skipped).
        assertThat(run.counts().relationshipsCreated() + run.counts().skipped()).isEqualTo(500);
        assertThat(run.counts().relationshipsCreated()).isBetween(300L, 500L);
        assertThat(one(store, "MATCH ()-[r]->() WHERE r.gwRun = $run RETURN count(r) AS v", run))
                .isEqualTo(run.counts().relationshipsCreated());
        assertThat(Files.size(dump)).isPositive();
    }

    private static Object one(GraphStore store, String cypher, IngestRun run) {
        return store.read(tx -> tx.run(cypher, Map.of("run", run.id())).single().get("v").asObject());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(CommonsenseIngestTest.class.getResource("/commonsense/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLineThatIsNotUtf8IsABadRecordNeverAReplacedName(GraphStore store, @org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        // Two names that differ only in their invalid byte would both decode to "caf\uFFFD" and merge onto one key.
        Path file = temp.resolve("cn100k-bad-utf8.txt");
        java.nio.file.Files.write(file, new byte[] {'I', 's', 'A', '\t', 'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\n',
                'I', 's', 'A', '\t', 'c', 'a', 'f', (byte) 0xE8, '\t', 'x', '\n', 'I', 's', 'A', '\t', 'd', 'o', 'g', '\t', 'x', '\n'});

        assertThatThrownBy(() -> CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS, IngestProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":1: not valid UTF-8 at byte offset 7");

        IngestRun run = CommonsenseIngest.ingest(store, Format.CN100K, List.of(file), IngestOptions.DEFAULTS.withMaxErrors(2).withBatchSize(1000), IngestProgress.NONE);
        assertThat(run.counts().errors()).isEqualTo(2);
        assertThat(one(store, "MATCH (c:Concept) WHERE c.name STARTS WITH 'caf' RETURN count(c) AS v", run)).isEqualTo(0L);
    }
}
