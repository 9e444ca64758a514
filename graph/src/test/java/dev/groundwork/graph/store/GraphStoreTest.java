package dev.groundwork.graph.store;

import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class GraphStoreTest {

    @Test
    void embeddedStoreAnswersOverBoltToAnyDriver(GraphStore store) {
        assertThat(store.mode()).isEqualTo(GraphStore.Mode.EMBEDDED);
        assertThat(store.boltUri().getPort()).isPositive();
        try (var driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none());
             var session = driver.session()) {
            assertThat(session.run("RETURN 1 AS x").single().get("x").asInt()).isEqualTo(1);
        }
    }

    @Test
    void installsTheOntologySchemaAsConstraints(GraphStore store) {
        var names = store.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single()
                .get("names").asList(org.neo4j.driver.Value::asString));
        assertThat(names).contains("IngestRun_id_unique", "Source_uri_unique");
    }

    @Test
    void installingTheSchemaTwiceChangesNothing(GraphStore store) {
        long before = countIndexes(store);
        try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
            store.schema().install(session);
        }
        assertThat(countIndexes(store)).isEqualTo(before);
    }

    @Test
    void anIndexLeftWithoutItsConstraintByAKillIsDroppedAndTheConstraintBuilt(GraphStore store) {
        // What a process killed while Neo4j builds a uniqueness constraint leaves: the constraint's index, alone.
        store.write(tx -> tx.run("DROP CONSTRAINT Source_uri_unique").consume());
        store.write(tx -> tx.run("CREATE INDEX Source_uri_unique FOR (n:Source) ON (n.uri)").consume());
        try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
            store.schema().install(session);
        }
        var owner = store.read(tx -> tx.run("SHOW INDEXES YIELD name, owningConstraint WHERE name = 'Source_uri_unique'"
                + " RETURN owningConstraint").single().get("owningConstraint"));
        assertThat(owner.isNull()).isFalse();
        assertThat(owner.asString()).isEqualTo("Source_uri_unique");
    }

    @Test
    void installingTheSchemaOverDataRebuildsTheIndexesOfHeldAndOfEmptyTypesAlike(GraphStore store) {
        // A label and a type the store then holds (their indexes go in the second transaction), and a type it does not (the first).
        store.write(tx -> tx.run("CREATE (:Concept {uri: '/c/en/install_test_a', gwRun: 'install-test'})-[:RelatedTo {gwRun: 'install-test'}]->"
                + "(:Concept {uri: '/c/en/install_test_b', gwRun: 'install-test'})").consume());
        try {
            long before = countIndexes(store);
            for (String name : java.util.List.of("Concept_gwRun", "RelatedTo_gwRun", "HasPainCharacter_gwRun")) {
                store.write(tx -> tx.run("DROP INDEX " + name).consume());
            }
            assertThat(countIndexes(store)).isEqualTo(before - 3);
            try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
                store.schema().install(session);
            }
            store.write(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
            assertThat(countIndexes(store)).isEqualTo(before);
            long found = store.read(tx -> tx.run("MATCH ()-[r:RelatedTo]->() WHERE r.gwRun = 'install-test' RETURN count(r) AS n")
                    .single().get("n").asLong());
            assertThat(found).isEqualTo(1);
        } finally {
            store.write(tx -> tx.run("MATCH (n:Concept) WHERE n.gwRun = 'install-test' DETACH DELETE n").consume());
        }
    }

    @Test
    void anEmbeddedStoreGetsTheSameSchemaAsTheCypherStatementsBuildAndReopeningChangesNothing(@TempDir Path dir) {
        StoreConfig config = StoreConfig.builder().dataDir(dir.resolve("db")).boltPort(0).build();
        java.util.Set<String> built;
        try (GraphStore store = GraphStore.open(config)) {
            var embedded = schemaOf(store);
            store.write(tx -> {
                for (String name : tx.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString())) {
                    tx.run("DROP CONSTRAINT `" + name + "`").consume();
                }
                for (String name : tx.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get(0).asString())) {
                    tx.run("DROP INDEX `" + name + "`").consume();
                }
                return null;
            });
            assertThat(schemaOf(store)).isEmpty();
            try (var session = store.session(org.neo4j.driver.AccessMode.WRITE)) {
                store.schema().install(session);
            }
            built = schemaOf(store);
            long constraints = store.schema().statements().stream().filter(st -> st.startsWith("CREATE CONSTRAINT")).count();
            // Each constraint shows twice: as a constraint and as the index that backs it.
            assertThat(built).hasSize(store.schema().statements().size() + (int) constraints).isEqualTo(embedded);
        }
        try (GraphStore reopened = GraphStore.open(config)) {
            assertThat(schemaOf(reopened)).isEqualTo(built);
        }
    }

    @Test
    void anEmbeddedStoreSkipsAnIndexBuiltUnderAnotherNameAndRebuildsAConstraintLeftAsAnIndex(@TempDir Path dir) {
        StoreConfig config = StoreConfig.builder().dataDir(dir.resolve("db")).boltPort(0).build();
        try (GraphStore store = GraphStore.open(config)) {
            store.write(tx -> tx.run("DROP INDEX Concept_name").consume());
            store.write(tx -> tx.run("CREATE INDEX my_concept_name FOR (n:Concept) ON (n.name)").consume());
            store.write(tx -> tx.run("DROP CONSTRAINT Source_uri_unique").consume());
            store.write(tx -> tx.run("CREATE INDEX Source_uri_unique FOR (n:Source) ON (n.uri)").consume());
        }
        try (GraphStore store = GraphStore.open(config)) {
            var indexes = store.read(tx -> tx.run("SHOW INDEXES YIELD name, owningConstraint RETURN name, owningConstraint")
                    .list(r -> r.get("name").asString() + " " + r.get("owningConstraint")));
            assertThat(indexes).contains("my_concept_name NULL", "Source_uri_unique \"Source_uri_unique\"")
                    .noneMatch(i -> i.startsWith("Concept_name "));
            // What the Cypher statement does in the same case: nothing.
            store.write(tx -> tx.run("CREATE INDEX Concept_name IF NOT EXISTS FOR (n:Concept) ON (n.name)").consume());
            long conceptName = store.read(tx -> tx.run("SHOW INDEXES YIELD name WHERE name = 'Concept_name' RETURN count(*) AS n")
                    .single().get("n").asLong());
            assertThat(conceptName).isZero();
        }
    }

    /** Every index and constraint, one line each: name, type, labels or types, properties and owning constraint. */
    private static java.util.Set<String> schemaOf(GraphStore store) {
        return store.read(tx -> {
            java.util.Set<String> out = new java.util.TreeSet<>(tx.run("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties,"
                    + " owningConstraint WHERE type <> 'LOOKUP' RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint")
                    .list(r -> "index " + r.values()));
            out.addAll(tx.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties")
                    .list(r -> "constraint " + r.values()));
            return out;
        });
    }

    private static long countIndexes(GraphStore store) {
        return store.read(tx -> tx.run("SHOW INDEXES YIELD name RETURN count(*) AS n").single().get("n").asLong());
    }

    @Test
    void rejectsUnknownUriScheme() {
        assertThatThrownBy(() -> StoreConfig.builder().uri("http://localhost:7474").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("--neo4j-uri has unknown scheme 'http' in http://localhost:7474; expected one of bolt://,"
                        + " bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://");
    }

    @Test
    void rejectsBoltPortOutOfRange() {
        assertThatThrownBy(() -> StoreConfig.builder().boltPort(70000).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("--bolt-port must be between 0 and 65535 (0 = a free port), got 70000");
    }

    @Test
    void refusesBoltBeyondLoopbackWithoutPassword() {
        assertThatThrownBy(() -> StoreConfig.builder().boltHost("0.0.0.0").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Bolt would listen on 0.0.0.0, beyond this machine, without authentication;")
                .hasMessageContaining("GROUNDWORK_NEO4J_PASSWORD");
    }

    @Test
    void namesTheUnreachableRemoteUri() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var config = StoreConfig.builder().uri("bolt://127.0.0.1:" + port).connectTimeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> GraphStore.open(config))
                .isInstanceOf(UnavailableException.class)
                .hasMessageStartingWith("cannot reach Neo4j at bolt://127.0.0.1:" + port);
    }

    @Test
    void namesTheBoltPortAlreadyInUse(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            var config = StoreConfig.builder().dataDir(dir).boltPort(taken.getLocalPort()).build();
            assertThatThrownBy(() -> GraphStore.open(config))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("Bolt port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void namesADataDirectoryThatCannotBeCreated(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        var config = StoreConfig.builder().dataDir(file.resolve("db")).boltPort(0).build();
        assertThatThrownBy(() -> GraphStore.open(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("data directory " + file.resolve("db") + " cannot be created");
    }
}
