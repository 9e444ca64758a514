package dev.groundwork.graph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a knowledge graph as Groundwork returns it: its Neo4j element id, labels and
 * properties. Immutable and thread-safe.
 *
 * <pre>{@code
 * Node team = new Node("4:abc:12", List.of("Team"), Map.of("name", "Brazil"));
 * Node read = Node.of(record.get("n").asNode());   // a node read through the driver
 * }</pre>
 *
 * @param id the node's element id in the database, the id a {@link Citation} refers to
 * @param labels the node's labels, at least one
 * @param properties the node's properties (copied; no nulls)
 */
public record Node(String id, List<String> labels, Map<String, Object> properties) {
    public Node {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("node id must be a non-empty string, got " + id);
        }
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }

    /**
     * A node read through the driver, as every endpoint returns it: Groundwork's bookkeeping
     * properties ({@code gw*}) and the ticket content hash left out, temporal values as ISO-8601 strings.
     */
    public static Node of(org.neo4j.driver.types.Node node) {
        return stored(node.elementId(), node.labels(), node.asMap());
    }

    /** A node from its element id, labels and stored properties (a query's {@code properties(n)}), by the rule of {@link #of}. */
    public static Node stored(String id, Iterable<String> labels, Map<String, ?> properties) {
        List<String> l = new ArrayList<>();
        labels.forEach(l::add);
        return new Node(id, l, StoredProperties.visible(properties));
    }

    /** The first label, the one a frontend shows. */
    public String label() {
        return labels.isEmpty() ? "" : labels.getFirst();
    }
}
