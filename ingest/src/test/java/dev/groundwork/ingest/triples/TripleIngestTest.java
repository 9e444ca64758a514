package dev.groundwork.ingest.triples;

import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class TripleIngestTest {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TripleIngestTest.class.getResource("/triples/" + name).toURI());
    }

    @BeforeEach
    void wipe(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    private static long count(GraphStore store, String cypher) {
        return store.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    @Test
    void loadsEntitiesAndTypedRelationshipsKeepingRelationNames(GraphStore store) throws Exception {
        IngestRun run = TripleIngest.ingest(store, List.of(fixture("people.tsv")), IngestOptions.DEFAULTS, p -> { });
        assertThat(run.counts().nodesCreated()).isEqualTo(4);
        assertThat(run.counts().relationshipsCreated()).isEqualTo(4);
        assertThat(count(store, "MATCH (:Entity {key: 'alice'})-[r:people_person_employer]->(:Entity {key: 'acme'})"
                + " WHERE r.name = '/people/person/employer' RETURN count(r)")).isEqualTo(1);
        assertThat(count(store, "MATCH (:Entity {key: 'carol'})-[:works_at]->(:Entity {key: 'acme'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void reloadingTheSameFileCreatesNothing(GraphStore store) throws Exception {
        TripleIngest.ingest(store, List.of(fixture("people.tsv")), IngestOptions.DEFAULTS, p -> { });
        IngestRun again = TripleIngest.ingest(store, List.of(fixture("people.tsv")), IngestOptions.DEFAULTS, p -> { });
        assertThat(again.counts().nodesCreated()).isZero();
        assertThat(again.counts().relationshipsCreated()).isZero();
        assertThat(count(store, "MATCH ()-[r]->() WHERE r.name IS NOT NULL RETURN count(r)")).isEqualTo(4);
    }

    @Test
    void malformedLineStopsWithFileAndLineAndWritesNothing(GraphStore store) throws Exception {
        Path file = fixture("malformed.tsv");
        assertThatThrownBy(() -> TripleIngest.ingest(store, List.of(file), IngestOptions.DEFAULTS, p -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " line 2: expected head<TAB>relation<TAB>tail, got 1 field(s)");
        assertThat(count(store, "MATCH (n:Entity) RETURN count(n)")).isZero();
    }

    @Test
    void malformedLinesWithinTheBudgetAreSkippedAndCounted(GraphStore store) throws Exception {
        IngestRun run = TripleIngest.ingest(store, List.of(fixture("malformed.tsv")), IngestOptions.DEFAULTS.withBatchSize(100).withMaxErrors(5), p -> { });
        assertThat(run.counts().errors()).isEqualTo(2);
        assertThat(count(store, "MATCH (:Entity)-[r:knows]->(:Entity) RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void relationNamesBecomeIdentifiers() {
        assertThat(TripleIngest.relationshipType("/film/film/genre")).isEqualTo("film_film_genre");
        assertThat(TripleIngest.relationshipType("_hypernym")).isEqualTo("hypernym");
        assertThat(TripleIngest.relationshipType("concept:athleteplayssport")).isEqualTo("concept_athleteplayssport");
        assertThat(TripleIngest.relationshipType("2nd")).isEqualTo("R_2nd");
        assertThatThrownBy(() -> TripleIngest.relationshipType("///"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("relation '///' has no letters or digits to name a relationship type");
    }

    @Test
    void aLineThatIsNotUtf8IsABadRecordNamingFileLineAndByteOffset(GraphStore store, @org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path file = temp.resolve("bad-utf8.tsv");
        java.nio.file.Files.write(file, new byte[] {'a', '\t', 'r', '\t', 'b', '\n', 'c', (byte) 0xFF, '\t', 'r', '\t', 'd', '\n',
                'e', '\t', 'r', '\t', 'f', '\n'});

        assertThatThrownBy(() -> TripleIngest.ingest(store, List.of(file), IngestOptions.DEFAULTS, p -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + " line 2: not valid UTF-8 at byte offset 7");
        assertThat(count(store, "MATCH (n:Entity) RETURN count(n)")).isZero();

        IngestRun run = TripleIngest.ingest(store, List.of(file), IngestOptions.DEFAULTS.withBatchSize(100).withMaxErrors(1), p -> { });
        assertThat(run.counts().errors()).isEqualTo(1);
        assertThat(count(store, "MATCH (n:Entity) RETURN count(n)")).isEqualTo(4);
    }
}
