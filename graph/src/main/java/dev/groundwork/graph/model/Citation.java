package dev.groundwork.graph.model;

/**
 * A pointer from a statement of an {@link Answer} to the node that holds its fact. Immutable.
 *
 * <pre>{@code
 * Citation c = new Citation("4:abc:12", "Ticket", "HADOOP-123: NPE in DataNode");
 * }</pre>
 *
 * @param nodeId element id of the cited node
 * @param label the node's label
 * @param snippet a short excerpt of the node's text or properties that holds the fact
 */
public record Citation(String nodeId, String label, String snippet) {
    public Citation {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("citation nodeId must be a non-empty string, got " + nodeId);
        }
        label = label == null ? "" : label;
        snippet = snippet == null ? "" : snippet;
    }
}
