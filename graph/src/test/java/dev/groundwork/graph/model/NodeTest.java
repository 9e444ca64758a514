package dev.groundwork.graph.model;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRelationship;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NodeTest {
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2021, 9, 30, 17, 20, 0, 0, ZoneOffset.UTC);

    @Test
    void aStoredNodeLeavesOutGroundworksBookkeepingAndTheContentHashAndDropsNulls() {
        Map<String, Object> stored = new HashMap<>();
        stored.put("key", "HADOOP-1");
        stored.put("gwRun", "run-1");
        stored.put("gwSource", "file:///bugs.csv");
        stored.put("contentHash", "ab12");
        stored.put("resolution", null);

        Node n = Node.stored("4:x:1", List.of("Ticket"), stored);

        assertThat(n.properties()).containsOnlyKeys("key");
        assertThat(n.label()).isEqualTo("Ticket");
    }

    @Test
    void temporalValuesBecomeIsoStringsSoEveryEndpointShowsTheSameText() {
        Node n = Node.stored("4:x:1", List.of("Ticket"), Map.of("created", CREATED));

        assertThat(n.properties().get("created")).isEqualTo("2021-09-30T17:20Z");
    }

    @Test
    void aDriverNodeAndItsStoredPropertiesGiveTheSameNode() {
        var driverNode = new InternalNode(1, "4:x:1", List.of("Ticket"),
                Map.of("key", Values.value("HADOOP-1"), "created", Values.value(CREATED), "gwRun", Values.value("run-1")));

        assertThat(Node.of(driverNode)).isEqualTo(Node.stored("4:x:1", List.of("Ticket"),
                Map.of("key", "HADOOP-1", "created", CREATED, "gwRun", "run-1")));
    }

    @Test
    void aDriverRelationshipIsAnObservedEdgeByTheSameRule() {
        var r = new InternalRelationship(7, "5:x:7", 1, "4:x:1", 2, "4:x:2", "SIMILAR_TO",
                Map.of("score", Values.value(0.8), "gwRun", Values.value("run-1")));

        Edge e = Edge.of(r);

        assertThat(e.predicted()).isFalse();
        assertThat(e.properties()).containsOnlyKeys("score");
        assertThat(List.of(e.id(), e.source(), e.target(), e.type())).containsExactly("5:x:7", "4:x:1", "4:x:2", "SIMILAR_TO");
    }
}
