package dev.groundwork.query.triples;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class GraphTriplesTest {

    @BeforeEach
    void graph(GraphStore store) {
        store.write(tx -> tx.run("""
                MATCH (n) DETACH DELETE n
                WITH count(*) AS ignored
                CREATE (a:Entity {key: 'alice'}), (b:Entity {key: 'bob'}), (c:Entity {key: 'acme'})
                CREATE (a)-[:people_person_employer {name: '/people/person/employer'}]->(c)
                CREATE (a)-[:knows]->(b)
                CREATE (b)-[:knows {predicted: true, score: 0.9}]->(c)
                """).consume());
    }

    private static List<GraphTriples.Triple> read(GraphStore store, GraphTriples.Filter filter) {
        List<GraphTriples.Triple> out = new ArrayList<>();
        GraphTriples.read(store, filter, out::add);
        return out;
    }

    @Test
    void readsObservedTriplesByKeyWithOriginalRelationNames(GraphStore store) {
        assertThat(read(store, GraphTriples.Filter.ALL)).containsExactlyInAnyOrder(
                new GraphTriples.Triple("alice", "/people/person/employer", "acme"),
                new GraphTriples.Triple("alice", "knows", "bob"));
    }

    @Test
    void restrictsToRelationshipTypes(GraphStore store) {
        assertThat(read(store, new GraphTriples.Filter(List.of(), List.of("knows"))))
                .containsExactly(new GraphTriples.Triple("alice", "knows", "bob"));
    }

    @Test
    void restrictsToLabels(GraphStore store) {
        assertThat(read(store, new GraphTriples.Filter(List.of("Ticket"), List.of()))).isEmpty();
    }
}
