package dev.groundwork.query.triples;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.schema.OntologySchema;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a graph in Neo4j back as {@code (head, relation, tail)} triples of node keys, for training a
 * link predictor on the graph itself: a node's key is the property its label's ontology declares
 * as key (an {@code Entity}'s {@code key}, a {@code Ticket}'s {@code key} ...), falling back to its
 * element id; a relationship's name is its {@code name} property when it has one (the original
 * relation of a triples file), else its type. Predicted edges ({@code predicted: true}) are never
 * read: a model must not train on its own guesses.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * long n = GraphTriples.read(store, GraphTriples.Filter.ALL, t -> triples.add(t));
 * }</pre>
 */
public final class GraphTriples {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String READ = """
            MATCH (h)-[r]->(t)
            WHERE coalesce(r.predicted, false) = false
              AND ($types = [] OR type(r) IN $types)
              AND ($labels = [] OR (any(l IN labels(h) WHERE l IN $labels) AND any(l IN labels(t) WHERE l IN $labels)))
              AND NOT h:IngestRun AND NOT h:Source
            RETURN %1$s AS head, coalesce(r.name, type(r)) AS relation, %2$s AS tail
            """;

    /**
     * Which part of the graph to read.
     *
     * @param labels only nodes with one of these labels (empty: all)
     * @param relationshipTypes only these relationship types (empty: all)
     */
    public record Filter(List<String> labels, List<String> relationshipTypes) {
        public static final Filter ALL = new Filter(List.of(), List.of());

        public Filter {
            labels = List.copyOf(labels);
            relationshipTypes = List.copyOf(relationshipTypes);
        }
    }

    /**
     * One triple.
     *
     * @param head the head node's key
     * @param relation the relation name
     * @param tail the tail node's key
     */
    public record Triple(String head, String relation, String tail) {
        public Triple {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(tail, "tail");
        }
    }

    private GraphTriples() {}

    /** Streams the triples of the graph that {@code filter} selects to {@code sink}; returns how many. */
    public static long read(GraphStore store, Filter filter, Consumer<Triple> sink) {
        String cypher = READ.formatted(keyExpression(store.schema(), "h"), keyExpression(store.schema(), "t"));
        try (Session s = store.session(AccessMode.READ)) {
            return s.executeRead(tx -> {
                var result = tx.run(cypher, Map.of("labels", filter.labels(), "types", filter.relationshipTypes()));
                long n = 0;
                while (result.hasNext()) {
                    var r = result.next();
                    sink.accept(new Triple(r.get("head").asString(), r.get("relation").asString(), r.get("tail").asString()));
                    n++;
                }
                return n;
            });
        }
    }

    /**
     * The graph's observed edges that {@code filter} selects as training data for a link predictor:
     * sorted, then shuffled with {@code seed}; the first {@code validShare} of them are the
     * validation split (no test split).
     *
     * @throws BadInputException if {@code validShare} is not in (0, 0.5) or the graph has no such edge
     */
    public static TripleSplits splits(GraphStore store, Filter filter, double validShare, long seed) {
        if (!(validShare > 0 && validShare < 0.5)) {
            throw new BadInputException("--valid-share must be between 0 and 0.5, got " + validShare);
        }
        List<dev.groundwork.query.linkprediction.Triple> all = new ArrayList<>();
        read(store, filter, t -> all.add(new dev.groundwork.query.linkprediction.Triple(t.head(), t.relation(), t.tail())));
        if (all.isEmpty()) {
            throw new BadInputException("the graph has no edges" + (filter.equals(Filter.ALL) ? "" : " of --labels "
                    + filter.labels() + " and --types " + filter.relationshipTypes()) + " to train on");
        }
        // Neo4j returns edges in storage order, which differs between stores holding the same graph:
        // sorting first makes the held-out sample, and so the model, depend on the graph and the seed only.
        all.sort(Comparator.comparing(dev.groundwork.query.linkprediction.Triple::head)
                .thenComparing(dev.groundwork.query.linkprediction.Triple::relation)
                .thenComparing(dev.groundwork.query.linkprediction.Triple::tail));
        Collections.shuffle(all, new Random(seed));
        int valid = Math.max(1, (int) Math.round(all.size() * validShare));
        return new TripleSplits(List.copyOf(all.subList(valid, all.size())), List.copyOf(all.subList(0, valid)), List.of());
    }

    /**
     * The Cypher expression that gives the key of the node bound to {@code variable}, the key this
     * class reads triples with: a CASE over the ontology's labels picks each node's key property
     * (as a string), falling back to the element id. Label and key names are validated identifiers.
     */
    public static String keyExpression(OntologySchema schema, String variable) {
        StringBuilder sb = new StringBuilder("CASE");
        for (OntologySchema.NodeType t : schema.nodeTypes()) {
            if (t.key() == null) {
                continue;
            }
            if (!NAME.matcher(t.label()).matches() || !NAME.matcher(t.key()).matches()) {
                throw new BadInputException("ontology label or key is not an identifier: " + t.label() + "." + t.key());
            }
            sb.append(" WHEN ").append(variable).append(':').append(t.label()).append(" THEN toString(").append(variable)
                    .append('.').append(t.key()).append(')');
        }
        return sb.append(" ELSE elementId(").append(variable).append(") END").toString();
    }
}
