package dev.groundwork.api.ask;

import dev.groundwork.api.explore.GraphExplorer;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.ConceptMatch;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Commonsense: the concepts the question names and their strongest relationships, restricted to
 * the relation types the question's wording asks for ("where" asks for AtLocation ...), each
 * statement citing the two concepts it joins.
 */
final class CommonsenseDomain implements AnswerDomain {
    static final String NEIGHBOURS = """
            MATCH (c:Concept) WHERE c.uri IN $uris
            MATCH (c)-[r]-(m:Concept)
            WHERE size($types) = 0 OR type(r) IN $types
            RETURN startNode(r) AS s, r, endNode(r) AS e
            ORDER BY coalesce(r.weight, 1.0) DESC, elementId(r)
            LIMIT $limit
            """;
    /** Question words that ask for a relation type; the first cue found wins. */
    private static final List<Map.Entry<String, List<String>>> CUES = List.of(
            Map.entry("where", List.of("AtLocation", "LocatedNear")),
            Map.entry("used for", List.of("UsedFor")),
            Map.entry("use ", List.of("UsedFor")),
            Map.entry("capable", List.of("CapableOf")),
            Map.entry("can ", List.of("CapableOf")),
            Map.entry("part of", List.of("PartOf")),
            Map.entry("made of", List.of("MadeOf")),
            Map.entry("cause", List.of("Causes", "CausesDesire")),
            Map.entry("why", List.of("Causes", "MotivatedByGoal")),
            Map.entry("want", List.of("Desires", "CausesDesire")),
            Map.entry("desire", List.of("Desires", "CausesDesire")),
            Map.entry("have", List.of("HasA", "HasProperty")),
            Map.entry("has ", List.of("HasA", "HasProperty")),
            Map.entry("kind of", List.of("IsA")),
            Map.entry("type of", List.of("IsA")),
            Map.entry("what is", List.of("IsA", "HasProperty")),
            Map.entry("is a", List.of("IsA")));
    private static final int STATEMENTS_PER_K = 2;

    private final DomainEngines engines;

    CommonsenseDomain(DomainEngines engines) {
        this.engines = engines;
    }

    @Override
    public String name() {
        return "commonsense";
    }

    @Override
    public String countCypher() {
        return "MATCH (c:Concept) RETURN count(c) AS n";
    }

    @Override
    public String namesCypher() {
        return "MATCH (c:Concept) WHERE c.name IS NOT NULL RETURN c.name AS name";
    }

    @Override
    public double entityWeight() {
        // Concepts are everyday words: a question names several of them whatever it is about.
        return 0.15;
    }

    @Override
    public Answer answer(String question, int k) {
        long t0 = System.nanoTime();
        CommonsenseGrounding grounding = engines.commonsense();
        List<ConceptMatch> concepts = grounding.concepts(question);
        long t1 = System.nanoTime();
        if (concepts.isEmpty()) {
            return new Answer("Cannot answer: the question names no concept of the commonsense graph.", List.of(), Subgraph.EMPTY,
                    "", 0, Map.of("linking_ms", (t1 - t0) / 1e6));
        }
        List<String> uris = concepts.stream().map(ConceptMatch::uri).distinct().toList();
        List<String> types = cue(question);
        List<Record> rows = engines.store().read(tx -> tx.run(NEIGHBOURS,
                Map.of("uris", uris, "types", types, "limit", STATEMENTS_PER_K * k)).list());
        long t2 = System.nanoTime();
        return compose(rows, types, Map.of("linking_ms", (t1 - t0) / 1e6, "retrieval_ms", (t2 - t1) / 1e6));
    }

    static List<String> cue(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT) + " ";
        return CUES.stream().filter(c -> q.contains(" " + c.getKey())).findFirst().map(Map.Entry::getValue).orElse(List.of());
    }

    private static Answer compose(List<Record> rows, List<String> types, Map<String, Double> timings) {
        if (rows.isEmpty()) {
            return new Answer("Cannot answer: the commonsense graph has no " + (types.isEmpty() ? "" : String.join(" or ", types) + " ")
                    + "relationship for the concepts named.", List.of(), Subgraph.EMPTY, NEIGHBOURS, 0, timings);
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> cited = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        Set<Edge> edges = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (Record r : rows) {
            Node s = GraphExplorer.node(r.get("s"));
            Node e = GraphExplorer.node(r.get("e"));
            var rel = r.get("r").asRelationship();
            edges.add(Edge.observed(rel.elementId(), rel.type(), s.id(), e.id(), Map.of()));
            text.append(text.isEmpty() ? "" : "; ").append(name(s)).append(' ').append(rel.type()).append(' ').append(name(e));
            for (Node n : List.of(s, e)) {
                nodes.putIfAbsent(n.id(), n);
                Integer i = cited.computeIfAbsent(n.id(), id -> {
                    citations.add(new Citation(id, n.label(), name(n)));
                    return citations.size();
                });
                text.append(" [").append(i).append(']');
            }
        }
        double confidence = types.isEmpty() ? 0.5 : 0.8;
        return new Answer(text.append('.').toString(), citations, new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges)),
                NEIGHBOURS, confidence, timings);
    }

    private static String name(Node n) {
        return String.valueOf(n.properties().getOrDefault("name", n.id()));
    }
}
