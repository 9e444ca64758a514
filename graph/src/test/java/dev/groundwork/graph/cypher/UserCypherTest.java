package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class UserCypherTest {

    @Test
    void returnsRowsAsPlainValues(GraphStore store) {
        var result = new UserCypher(store).run("RETURN 1 AS x, $name AS name, [1, 2] AS xs", Map.of("name", "Ada"), false);
        assertThat(result.columns()).containsExactly("x", "name", "xs");
        assertThat(result.rows()).containsExactly(Map.of("x", 1L, "name", "Ada", "xs", List.of(1L, 2L)));
        assertThat(result.queryType()).isEqualTo("READ_ONLY");
    }

    @Test
    void refusesWritesUnlessAllowed(GraphStore store) {
        var cypher = new UserCypher(store);
        assertThatThrownBy(() -> cypher.run("CREATE (n:Scratch) RETURN n", Map.of(), false))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cypher query is not read-only (the planner classifies it as READ_WRITE); pass --write to allow writes");
        long scratch = store.read(tx -> tx.run("MATCH (n:Scratch) RETURN count(n)").single().get(0).asLong());
        assertThat(scratch).isZero();
    }

    @Test
    void writesWhenAllowedAndReturnsNodesAsMaps(GraphStore store) {
        var result = new UserCypher(store).run("CREATE (n:Scratch {name: 'x'}) RETURN n", Map.of(), true);
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) result.rows().getFirst().get("n");
        assertThat(node).containsEntry("labels", List.of("Scratch")).containsEntry("properties", Map.of("name", "x"));
        store.write(tx -> tx.run("MATCH (n:Scratch) DELETE n").consume());
    }

    @Test
    void namesTheSyntaxError(GraphStore store) {
        assertThatThrownBy(() -> new UserCypher(store).run("MATCH (n RETURN n", Map.of(), false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cypher query is not valid:");
    }

    @Test
    void refusesEmptyQuery(GraphStore store) {
        assertThatThrownBy(() -> new UserCypher(store).run(" ", Map.of(), false))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cypher query must not be empty");
    }
}
