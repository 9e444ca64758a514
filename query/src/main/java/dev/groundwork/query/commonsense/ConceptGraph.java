package dev.groundwork.query.commonsense;

import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.Value;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads the grounding makes, each one round trip with parameters. Thread-safe (the store is). */
final class ConceptGraph {
    static final String ALL_NAMES = "MATCH (c:Concept) WHERE c.name IS NOT NULL RETURN c.uri AS uri, c.name AS name";
    static final String BY_URI = """
            UNWIND $uris AS uri
            MATCH (c:Concept {uri: uri})
            RETURN elementId(c) AS id, c.uri AS uri
            """;
    static final String NEIGHBOURS = """
            UNWIND $ids AS id
            MATCH (n) WHERE elementId(n) = id
            MATCH (n)-[r]-(m:Concept)
            WHERE coalesce(r.predicted, false) = false
            RETURN id AS from, elementId(r) AS rel, type(r) AS type, coalesce(r.weight, 1.0) AS weight, coalesce(r.source, '') AS source,
                   startNode(r) = n AS outgoing, elementId(m) AS to, m.uri AS uri, COUNT { (m)--() } AS degree
            """;
    // Paths of one or two relationships between each (source, target) pair, found in the database so that
    // only the paths travel over Bolt, not the thousands of neighbours of a hub at either end.
    // Edges a link predictor wrote back (predicted: true) are never evidence: every read of edges here skips them.
    // Degrees (the hub penalty) count all of a node's relationships: COUNT { (n)--() } reads Neo4j's degree
    // store, while filtering on a property would read every relationship of a hub.
    static final String SHORT_PATHS = """
            UNWIND $pairs AS pair
            MATCH (s) WHERE elementId(s) = pair[0]
            MATCH (t) WHERE elementId(t) = pair[1]
            CALL (s, t) {
              MATCH p = (s)-[r]-(t)
              WHERE coalesce(r.predicted, false) = false
              RETURN p
              UNION ALL
              MATCH p = (s)-[r1]-(m:Concept)-[r2]-(t)
              WHERE m <> s AND m <> t AND coalesce(r1.predicted, false) = false AND coalesce(r2.predicted, false) = false
              RETURN p
              LIMIT $perPair
            }
            RETURN [n IN nodes(p) | [elementId(n), n.uri, COUNT { (n)--() }]] AS nodes,
                   [r IN relationships(p) | [elementId(r), type(r), coalesce(r.weight, 1.0), coalesce(r.source, ''),
                                             elementId(startNode(r))]] AS rels
            """;
    static final String NODES = """
            UNWIND $ids AS id
            MATCH (n) WHERE elementId(n) = id
            RETURN id, labels(n) AS labels, properties(n) AS props
            """;

    /** One relationship seen from the node it was expanded from. */
    record Step(String from, String rel, String type, double weight, String source, boolean outgoing, String to, String toUri, long degree) {
        /** The relationship's start node. */
        String start() {
            return outgoing ? from : to;
        }

        String end() {
            return outgoing ? to : from;
        }
    }

    private final GraphStore store;

    ConceptGraph(GraphStore store) {
        this.store = store;
    }

    GraphStore store() {
        return store;
    }

    List<Map.Entry<String, String>> names() {
        return store.read(tx -> tx.run(ALL_NAMES).list(r -> (Map.Entry<String, String>)
                new AbstractMap.SimpleImmutableEntry<>(r.get("uri").asString(), r.get("name").asString())));
    }

    /** Element id by concept URI, for the URIs that exist. */
    Map<String, String> idsByUri(Collection<String> uris) {
        Map<String, String> out = new LinkedHashMap<>();
        store.read(tx -> tx.run(BY_URI, Map.of("uris", List.copyOf(uris))).list()).forEach(r ->
                out.put(r.get("uri").asString(), r.get("id").asString()));
        return out;
    }

    /** Every relationship of the given nodes to a concept, in storage order. */
    List<Step> neighbours(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.read(tx -> tx.run(NEIGHBOURS, Map.of("ids", List.copyOf(ids))).list(r -> new Step(
                r.get("from").asString(), r.get("rel").asString(), r.get("type").asString(), r.get("weight").asDouble(1.0), r.get("source").asString(""),
                r.get("outgoing").asBoolean(), r.get("to").asString(), r.get("uri").asString(""), r.get("degree").asLong())));
    }

    /**
     * The paths of one or two relationships between the pairs of element ids, each as the steps from
     * its first node, with the ends' URIs and degrees in the steps. At most {@code perPair} two-step
     * paths per pair.
     */
    List<List<Step>> shortPaths(List<List<String>> pairs, int perPair) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        return store.read(tx -> tx.run(SHORT_PATHS, Map.of("pairs", pairs, "perPair", perPair)).list(r -> {
            List<List<Object>> nodes = r.get("nodes").asList(v -> v.asList(Value::asObject));
            List<List<Object>> rels = r.get("rels").asList(v -> v.asList(Value::asObject));
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < rels.size(); i++) {
                List<Object> rel = rels.get(i);
                String from = (String) nodes.get(i).get(0);
                List<Object> to = nodes.get(i + 1);
                steps.add(new Step(from, (String) rel.get(0), (String) rel.get(1), ((Number) rel.get(2)).doubleValue(),
                        (String) rel.get(3), rel.get(4).equals(from), (String) to.get(0), (String) to.get(1),
                        ((Number) to.get(2)).longValue()));
            }
            return steps;
        }));
    }

    /** The nodes, in the order of {@code ids}, without Groundwork's provenance properties. */
    List<Node> nodes(Collection<String> ids) {
        Map<String, Node> byId = new LinkedHashMap<>();
        store.read(tx -> tx.run(NODES, Map.of("ids", List.copyOf(ids))).list()).forEach(r -> byId.put(r.get("id").asString(),
                Node.stored(r.get("id").asString(), r.get("labels").asList(Value::asString), r.get("props").asMap())));
        List<Node> out = new ArrayList<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                out.add(byId.get(id));
            }
        });
        return out;
    }
}
