package dev.groundwork.graph.model;

import java.util.Map;
import java.util.Objects;

/**
 * A relationship between two {@link Node}s: observed in the graph, or predicted by a link
 * predictor ({@code predicted} true, with its {@code score}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Edge observed = Edge.observed("5:abc:1", "DUPLICATES", "4:abc:1", "4:abc:2", Map.of());
 * Edge guess = Edge.predicted("AtLocation", "4:abc:3", "4:abc:4", 0.87);
 * }</pre>
 *
 * @param id the relationship's element id, or a synthetic id for a predicted edge
 * @param type the relationship type
 * @param source element id of the start node
 * @param target element id of the end node
 * @param properties the relationship's properties (copied)
 * @param predicted true when the edge is not in the graph but scored by a model
 * @param score the model's score or probability; {@code null} for an observed edge without one
 */
public record Edge(String id, String type, String source, String target, Map<String, Object> properties,
                   boolean predicted, Double score) {
    public Edge {
        Objects.requireNonNull(id, "id");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("edge type must be a non-empty string, got " + type);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
        if (predicted && score == null) {
            throw new IllegalArgumentException("a predicted edge must carry a score, got null for " + type);
        }
    }

    /** An edge that exists in the graph. */
    public static Edge observed(String id, String type, String source, String target, Map<String, Object> properties) {
        return new Edge(id, type, source, target, properties, false, null);
    }

    /** An observed relationship read through the driver, its properties by the rule of {@link Node#of}. */
    public static Edge of(org.neo4j.driver.types.Relationship r) {
        return observed(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(), StoredProperties.visible(r.asMap()));
    }

    /** An edge the link predictor suggests, with a synthetic id built from its ends. */
    public static Edge predicted(String type, String source, String target, double score) {
        return new Edge("predicted:" + source + ":" + type + ":" + target, type, source, target, Map.of(), true, score);
    }
}
