package dev.groundwork.query.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedNeo4j.class)
class TicketGraphTest {

    @BeforeEach
    void graph(GraphStore store) {
        store.write(tx -> tx.run("""
                MATCH (n) DETACH DELETE n
                WITH count(*) AS ignored
                CREATE (:Ticket {key: 'ISO', created: '2021-09-30T17:20:00Z'})
                CREATE (:Ticket {key: 'TEMPORAL', created: datetime('2021-09-30T19:20:00+02:00')})
                CREATE (:Ticket {key: 'GARBLED', created: 'last Tuesday'})
                CREATE (:Ticket {key: 'NUMBER', created: 42})
                CREATE (:Ticket {key: 'UNDATED'})
                """).consume());
    }

    @Test
    void readsCreationTimesTheIngestWritesAndTemporalValuesOtherWritersPutThere(GraphStore store) {
        TicketGraph graph = TicketGraph.read(store);

        assertThat(graph.created("ISO")).contains(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(graph.created("TEMPORAL")).contains(Instant.parse("2021-09-30T17:20:00Z"));
    }

    @Test
    void aCreationTimeThatIsNoInstantIsNoEvidenceAndNoError(GraphStore store) {
        TicketGraph graph = TicketGraph.read(store);

        assertThat(graph.created("GARBLED")).isEmpty();
        assertThat(graph.created("NUMBER")).isEmpty();
        assertThat(graph.created("UNDATED")).isEmpty();
        assertThat(graph.created("ABSENT")).isEmpty();
    }
}
