package dev.groundwork.query.tickets;

import dev.groundwork.graph.tickets.LinkType;
import dev.groundwork.graph.tickets.SectionKind;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Extracts the answering sub-graph with Cypher and composes an extractive answer that cites it. */
final class TicketAnswers {
    static final String EXTRACT = """
            MATCH (t:Ticket) WHERE t.key IN $keys
            OPTIONAL MATCH (t)-[hs:HAS_SECTION]->(s:Section) WHERE s.kind IN $kinds
            WITH t, collect([hs, s]) AS sections
            OPTIONAL MATCH (t)-[l:%s]-(o:Ticket)
            RETURN t, sections, collect([l, o])[0..5] AS links
            """.formatted(LinkType.CYPHER_ALTERNATION);
    private static final int SNIPPET = 240;

    private TicketAnswers() {}

    static Answer compose(GraphStore store, String question, List<TicketRetriever.Scored> top, Set<SectionKind> kinds,
                          double retrievalMs) {
        long t0 = System.nanoTime();
        List<String> keys = top.stream().map(TicketRetriever.Scored::key).toList();
        List<String> kindNames = kinds.stream().map(Enum::name).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, List<Node>> sectionsByTicket = new LinkedHashMap<>();
        Map<String, Node> tickets = new LinkedHashMap<>();
        store.read(tx -> {
            tx.run(EXTRACT, Map.of("keys", keys, "kinds", kindNames)).forEachRemaining(r -> {
                Node t = node(r.get("t"));
                nodes.putIfAbsent(t.id(), t);
                tickets.put(String.valueOf(t.properties().get("key")), t);
                for (Value pair : r.get("sections").values()) {
                    Node s = addPair(pair, nodes, edges);
                    if (s != null) {
                        sectionsByTicket.computeIfAbsent(String.valueOf(t.properties().get("key")), k -> new ArrayList<>()).add(s);
                    }
                }
                for (Value pair : r.get("links").values()) {
                    addPair(pair, nodes, edges);
                }
            });
            return null;
        });
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (tickets.isEmpty()) {
            text.append("No ticket in the graph matches this question.");
        }
        for (String key : keys) {
            Node t = tickets.get(key);
            if (t == null) {
                continue;
            }
            citations.add(new Citation(t.id(), "Ticket", key + ": " + t.properties().getOrDefault("title", "")));
            text.append(String.format(Locale.ROOT, "Ticket %s, \"%s\" [%d]", key, t.properties().getOrDefault("title", ""),
                    citations.size()));
            for (Node s : sectionsByTicket.getOrDefault(key, List.of())) {
                String snippet = snippet(String.valueOf(s.properties().getOrDefault("text", "")));
                if (snippet.isEmpty()) {
                    continue;
                }
                citations.add(new Citation(s.id(), "Section", snippet));
                text.append(String.format(Locale.ROOT, "; %s: %s [%d]",
                        String.valueOf(s.properties().get("kind")).toLowerCase(Locale.ROOT).replace('_', ' '), snippet,
                        citations.size()));
            }
            text.append(".\n");
        }
        Subgraph evidence = new Subgraph(new ArrayList<>(nodes.values()), edges.stream()
                .filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target())).distinct().toList());
        double confidence = top.isEmpty() ? 0 : Math.max(0, Math.min(1, top.getFirst().parts().getOrDefault("vector", 0.0)));
        return new Answer(text.toString().strip(), citations, evidence, EXTRACT, confidence,
                Map.of("retrieval_ms", retrievalMs, "extraction_ms", (System.nanoTime() - t0) / 1e6));
    }

    private static String snippet(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET - 3) + "...";
    }

    private static Node node(Value v) {
        return Node.of(v.asNode());
    }

    /**
     * Adds one (relationship, node) pair of {@link #EXTRACT}'s lists to the sub-graph and returns the node, or null where
     * the optional match found none (the pair's node is null).
     */
    private static Node addPair(Value pair, Map<String, Node> nodes, List<Edge> edges) {
        if (pair.get(1).isNull()) {
            return null;
        }
        Node n = node(pair.get(1));
        nodes.putIfAbsent(n.id(), n);
        edges.add(Edge.of(pair.get(0).asRelationship()));
        return n;
    }
}
