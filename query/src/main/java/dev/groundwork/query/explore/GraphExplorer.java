package dev.groundwork.query.explore;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generic view of any graph Groundwork holds: one node by id, a page of nodes (cursor
 * pagination), and the sub-graph around seed nodes. Every query is a constant with bound
 * parameters; nothing a caller sends is spliced into Cypher. Provenance properties ({@code gw*})
 * are left out of what it returns.
 *
 * <p>Thread-safe and stateless apart from the store.
 *
 * <pre>{@code
 * GraphExplorer explorer = new GraphExplorer(store);
 * Subgraph around = explorer.subgraph(List.of(nodeId), 2, 50, List.of("AtLocation"));
 * }</pre>
 */
public final class GraphExplorer {
    public static final int MAX_HOPS = 3;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_SEEDS = 100;
    public static final int MAX_PAGE = 200;
    static final String NODES_BY_ID = "MATCH (n) WHERE elementId(n) IN $ids RETURN n";
    static final String EXPAND = """
            MATCH (n)-[r]-(m)
            WHERE elementId(n) IN $frontier AND ($types IS NULL OR type(r) IN $types)
            RETURN r, m
            LIMIT $cap
            """;
    /**
     * What {@link #browserCypher} fills in: the node ids go in as a literal list (twice), because text pasted into Neo4j
     * Browser carries no parameters.
     */
    static final String BROWSER = """
            // Groundwork evidence: %d nodes and the stored relationships between them (predicted edges are not stored)
            MATCH (n) WHERE elementId(n) IN %s
            OPTIONAL MATCH (n)-[r]->(m) WHERE elementId(m) IN %s
            RETURN n, r, m
            """;
    /** A Neo4j element id (version:database:number); nothing that needs quoting. */
    private static final Pattern ELEMENT_ID = Pattern.compile("\\d+:[0-9A-Za-z-]+:\\d+");
    static final String PAGE_ALL = """
            MATCH (n) WHERE $after IS NULL OR elementId(n) > $after
            RETURN n ORDER BY elementId(n) LIMIT $first
            """;
    static final String PAGE_LABEL = """
            MATCH (n:$($label)) WHERE $after IS NULL OR elementId(n) > $after
            RETURN n ORDER BY elementId(n) LIMIT $first
            """;

    /**
     * A page of nodes.
     *
     * @param nodes the nodes, in cursor order
     * @param cursors each node's cursor, to pass as {@code after}
     * @param hasNextPage whether more nodes follow
     */
    public record Page(List<Node> nodes, List<String> cursors, boolean hasNextPage) {
        public Page {
            nodes = List.copyOf(nodes);
            cursors = List.copyOf(cursors);
        }

        /** The last node's cursor, or null for an empty page. */
        public String endCursor() {
            return cursors.isEmpty() ? null : cursors.getLast();
        }
    }

    private final GraphStore store;

    public GraphExplorer(GraphStore store) {
        this.store = store;
    }

    /** The node with element id {@code id}. @throws NotFoundException naming the id */
    public Node node(String id) {
        if (id == null || id.isBlank()) {
            throw new BadInputException("id must be a node's element id, got an empty string");
        }
        List<Node> found = store.read(tx -> tx.run(NODES_BY_ID, Map.of("ids", List.of(id))).list(r -> node(r.get("n"))));
        if (found.isEmpty()) {
            throw new NotFoundException("id '" + id + "' is not a node of the graph");
        }
        return found.getFirst();
    }

    /**
     * A Cypher query that, pasted into Neo4j Browser (or run by {@code groundwork cypher}), returns exactly the nodes with
     * these element ids and the stored relationships between them: how a page hands its evidence to Neo4j's own tools.
     *
     * @throws BadInputException when an id is not an element id, or there are none or more than {@value #MAX_LIMIT}
     */
    public static String browserCypher(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_LIMIT) {
            throw new BadInputException("ids must hold 1-" + MAX_LIMIT + " node element ids, got " + (ids == null ? 0 : ids.size()));
        }
        List<String> distinct = ids.stream().distinct().toList();
        for (String id : distinct) {
            if (id == null || !ELEMENT_ID.matcher(id).matches()) {
                throw new BadInputException("ids must be node element ids like 4:0f1e...:12, got '" + id + "'");
            }
        }
        String list = distinct.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "[", "]"));
        return BROWSER.formatted(distinct.size(), list, list);
    }

    /**
     * Up to {@code first} nodes after the cursor {@code after} (null: from the start), optionally
     * only those labelled {@code label}.
     */
    public Page nodes(String label, int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new BadInputException("first must be between 1 and " + MAX_PAGE + ", got " + first);
        }
        String afterId = after == null ? null : decode(after);
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterId);
        params.put("first", first + 1);
        params.put("label", label);
        List<Node> nodes = store.read(tx -> tx.run(label == null ? PAGE_ALL : PAGE_LABEL, params).list(r -> node(r.get("n"))));
        boolean more = nodes.size() > first;
        List<Node> page = more ? nodes.subList(0, first) : nodes;
        return new Page(page, page.stream().map(n -> encode(n.id())).toList(), more);
    }

    /**
     * The sub-graph reached from {@code seeds} in at most {@code hops} relationships (of the given
     * types, or any when null), breadth first, with at most {@code limit} nodes; every relationship
     * found between its nodes is included.
     */
    public Subgraph subgraph(List<String> seeds, int hops, int limit, List<String> relationshipTypes) {
        validate(seeds, hops, limit, relationshipTypes);
        Map<String, Node> nodes = new LinkedHashMap<>();
        store.read(tx -> tx.run(NODES_BY_ID, Map.of("ids", seeds)).list(r -> node(r.get("n"))))
                .stream().limit(limit).forEach(n -> nodes.put(n.id(), n));
        if (nodes.isEmpty()) {
            throw new NotFoundException("seeds must name nodes of the graph; none of the " + seeds.size() + " ids does");
        }
        Set<Edge> edges = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(nodes.keySet());
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            Deadline.check("the sub-graph expansion");
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier);
            params.put("types", relationshipTypes);
            params.put("cap", limit * 10);
            List<Record> rows = store.read(tx -> tx.run(EXPAND, params).list());
            List<String> next = new ArrayList<>();
            for (Record r : rows) {
                Node m = node(r.get("m"));
                if (!nodes.containsKey(m.id()) && nodes.size() < limit) {
                    nodes.put(m.id(), m);
                    next.add(m.id());
                }
                Relationship rel = r.get("r").asRelationship();
                if (nodes.containsKey(rel.startNodeElementId()) && nodes.containsKey(rel.endNodeElementId())) {
                    edges.add(edge(rel));
                }
            }
            frontier = next;
        }
        return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    private static void validate(List<String> seeds, int hops, int limit, List<String> types) {
        if (seeds == null || seeds.isEmpty() || seeds.size() > MAX_SEEDS) {
            throw new BadInputException("seeds must hold 1 to " + MAX_SEEDS + " node ids, got " + (seeds == null ? 0 : seeds.size()));
        }
        if (hops < 1 || hops > MAX_HOPS) {
            throw new BadInputException("hops must be between 1 and " + MAX_HOPS + ", got " + hops);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadInputException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (types != null && types.isEmpty()) {
            throw new BadInputException("relationshipTypes must name at least one type when given, got an empty list");
        }
    }

    /** A driver node as the shared model's {@link Node}, without provenance properties. */
    public static Node node(Value v) {
        return Node.of(v.asNode());
    }

    /** A driver relationship as an observed {@link Edge}, without provenance properties. */
    public static Edge edge(Relationship r) {
        return Edge.of(r);
    }

    static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("after must be a cursor returned by a previous page, got '" + cursor + "'");
        }
    }
}
