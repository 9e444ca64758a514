package dev.groundwork.graph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A set of nodes and the edges between them: the evidence an answer is grounded in. Every edge's
 * ends are nodes of the sub-graph. Immutable and thread-safe.
 *
 * <pre>{@code
 * Subgraph evidence = new Subgraph(List.of(a, b), List.of(Edge.observed("5:x:1", "WINNER", a.id(), b.id(), Map.of())));
 * Subgraph both = evidence.union(other);
 * }</pre>
 *
 * @param nodes distinct nodes (by id)
 * @param edges edges whose source and target are among {@code nodes}
 */
public record Subgraph(List<Node> nodes, List<Edge> edges) {
    public static final Subgraph EMPTY = new Subgraph(List.of(), List.of());

    public Subgraph {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        var ids = new java.util.HashSet<String>();
        for (Node n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("sub-graph nodes must be distinct, got " + n.id() + " twice");
            }
        }
        for (Edge e : edges) {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) {
                throw new IllegalArgumentException("edge " + e.id() + " (" + e.type() + ") must join nodes of the sub-graph, got "
                        + e.source() + " -> " + e.target());
            }
        }
    }

    /** The sub-graph holding the nodes and edges of both, each once. */
    public Subgraph union(Subgraph other) {
        Map<String, Node> n = new LinkedHashMap<>();
        nodes.forEach(x -> n.put(x.id(), x));
        other.nodes.forEach(x -> n.putIfAbsent(x.id(), x));
        Map<String, Edge> e = new LinkedHashMap<>();
        edges.forEach(x -> e.put(x.id(), x));
        other.edges.forEach(x -> e.putIfAbsent(x.id(), x));
        return new Subgraph(new ArrayList<>(n.values()), new ArrayList<>(e.values()));
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
