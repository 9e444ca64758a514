package dev.groundwork.graph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a knowledge graph as Groundwork returns it: its Neo4j element id, labels and
 * properties. Immutable and thread-safe.
 *
 * <pre>{@code
 * Node team = new Node("4:abc:12", List.of("Team"), Map.of("name", "Brazil"));
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

    /** The first label, the one a frontend shows. */
    public String label() {
        return labels.isEmpty() ? "" : labels.getFirst();
    }
}
