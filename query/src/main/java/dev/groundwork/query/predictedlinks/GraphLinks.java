package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.schema.OntologySchema;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.triples.GraphTriples;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph side of predicted links: nodes by the keys a model knows them by, and the observed
 * edges of a relation. A node's key and a relation's name are those {@link GraphTriples} trains
 * with, so a model trained {@code --from-graph} (or on the files {@code ingest triples} loaded)
 * names the graph's nodes. Predicted edges ({@code predicted: true}) are never read as observed.
 * Thread-safe (the store is).
 */
final class GraphLinks {
    private static final int KEYS_PER_QUERY = 5_000;
    // One index seek per keyed label (a numeric key matches its decimal spelling), the element id as the
    // fallback key, then the key expression GraphTriples reads with keeps only nodes whose key it is.
    static final String NODES_BY_KEY = """
            UNWIND $keys AS key
            CALL (key) {
            %1$s  MATCH (n) WHERE elementId(n) = key RETURN n
            }
            WITH key, n WHERE %2$s = key
            RETURN key, elementId(n) AS id, labels(n) AS labels, properties(n) AS props
            """;
    private static final String BY_LABEL = "  MATCH (n:%s) WHERE n.%s IN [key, toIntegerOrNull(key)] RETURN n\n  UNION\n";
    static final String OBSERVED_ANSWERS = """
            MATCH (a) WHERE elementId(a) = $anchor
            MATCH %1$s
            WHERE coalesce(r.predicted, false) = false AND coalesce(r.name, type(r)) = $relation
            RETURN DISTINCT %2$s AS key
            """;
    static final String OBSERVED_PAIRS = """
            MATCH (h)-[r]->(t)
            WHERE coalesce(r.predicted, false) = false AND coalesce(r.name, type(r)) = $relation
            RETURN %1$s AS head, %2$s AS tail, type(r) AS type
            """;

    /**
     * The observed edges of one relation.
     *
     * @param tailsByHead the tails observed for each head key
     * @param typeCounts how many of them each relationship type holds
     */
    record Observed(Map<String, Set<String>> tailsByHead, Map<String, Integer> typeCounts) {}

    private final GraphStore store;
    private final String nodesByKey;
    private final String observedTails;
    private final String observedHeads;
    private final String observedPairs;

    GraphLinks(GraphStore store) {
        this.store = store;
        OntologySchema schema = store.schema();
        StringBuilder byLabel = new StringBuilder();
        for (OntologySchema.NodeType t : schema.nodeTypes()) {
            if (t.key() != null) {
                byLabel.append(BY_LABEL.formatted(t.label(), t.key()));
            }
        }
        // keyExpression validates every label and key name before they are spliced in here.
        this.nodesByKey = NODES_BY_KEY.formatted(byLabel, GraphTriples.keyExpression(schema, "n"));
        this.observedTails = OBSERVED_ANSWERS.formatted("(a)-[r]->(b)", GraphTriples.keyExpression(schema, "b"));
        this.observedHeads = OBSERVED_ANSWERS.formatted("(a)<-[r]-(b)", GraphTriples.keyExpression(schema, "b"));
        this.observedPairs = OBSERVED_PAIRS.formatted(GraphTriples.keyExpression(schema, "h"), GraphTriples.keyExpression(schema, "t"));
    }

    /** The nodes whose key is one of {@code keys}, by key; keys without a node are absent. */
    Map<String, Node> nodes(Collection<String> keys) {
        List<String> all = List.copyOf(new HashSet<>(keys));
        Map<String, Node> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            store.read(tx -> tx.run(nodesByKey, Map.of("keys", chunk)).list()).forEach(r -> out.putIfAbsent(
                    r.get("key").asString(), Node.stored(r.get("id").asString(), r.get("labels").asList(Value::asString),
                            r.get("props").asMap())));
        }
        return out;
    }

    /** The keys at the other end of the observed {@code relation} edges of the node {@code anchorId}. */
    Set<String> observedAnswers(String anchorId, String relation, Direction direction) {
        String cypher = direction == Direction.TAILS ? observedTails : observedHeads;
        Set<String> keys = new HashSet<>();
        store.read(tx -> tx.run(cypher, Map.of("anchor", anchorId, "relation", relation)).list())
                .forEach(r -> keys.add(r.get("key").asString()));
        return keys;
    }

    /** Every observed edge of {@code relation}. */
    Observed observed(String relation) {
        Map<String, Set<String>> tails = new HashMap<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        store.read(tx -> {
            var result = tx.run(observedPairs, Map.of("relation", relation));
            while (result.hasNext()) {
                var r = result.next();
                tails.computeIfAbsent(r.get("head").asString(), h -> new HashSet<>()).add(r.get("tail").asString());
                types.merge(r.get("type").asString(), 1, Integer::sum);
            }
            return null;
        });
        return new Observed(tails, types);
    }
}
