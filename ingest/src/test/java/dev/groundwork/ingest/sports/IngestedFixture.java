package dev.groundwork.ingest.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class over one sports fixture, ingested once into the shared Neo4j before the subclass's tests: they read
 * the {@link #store}, the ingest's {@link #summary} and {@link #count} what the graph holds.
 */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestedFixture {
    private final String format;
    private final String fixture;
    GraphStore store;
    SportsIngest.Summary summary;

    /** @param fixture a directory of {@link Fixtures#dir}, ingested as {@code format} */
    IngestedFixture(String format, String fixture) {
        this.format = format;
        this.fixture = fixture;
    }

    @BeforeAll
    void ingestFixture(GraphStore store) {
        this.store = store;
        summary = Fixtures.ingest(store, format, Fixtures.dir(fixture));
    }

    long count(String cypher) {
        return Fixtures.count(store, cypher);
    }
}
