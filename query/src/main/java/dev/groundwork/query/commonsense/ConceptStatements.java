package dev.groundwork.query.commonsense;

import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.commonsense.CommonsenseGrounding.ConceptMatch;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Statement;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Statements;
import dev.groundwork.query.explore.GraphExplorer;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link CommonsenseGrounding#statements} does: the relationships of the concepts a question names, restricted to
 * the relation types its wording asks for ("where" asks for AtLocation ...), ranked by how their other end relates to
 * the rest of the question. Thread-safe (the store and the embedder are).
 */
final class ConceptStatements {
    static final String TYPED_NEIGHBOURS = """
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

    private ConceptStatements() {}

    static Statements find(GraphStore store, List<ConceptMatch> concepts, String question, int limit, TextEmbedder embedder,
                           long startNanos) {
        long t1 = System.nanoTime();
        if (concepts.isEmpty()) {
            return new Statements(concepts, List.of(), List.of(), Map.of("linking_ms", (t1 - startNanos) / 1e6));
        }
        List<String> uris = concepts.stream().map(ConceptMatch::uri).distinct().toList();
        List<String> types = cue(question);
        List<Record> rows = store.read(tx -> tx.run(TYPED_NEIGHBOURS, Map.of("uris", uris, "types", types, "limit", limit)).list());
        long t2 = System.nanoTime();
        List<Statement> ranked = rank(question, concepts, rows, embedder);
        long t3 = System.nanoTime();
        return new Statements(concepts, types, ranked,
                Map.of("linking_ms", (t1 - startNanos) / 1e6, "retrieval_ms", (t2 - t1) / 1e6, "ranking_ms", (t3 - t2) / 1e6));
    }

    static List<String> cue(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT) + " ";
        return CUES.stream().filter(c -> q.contains(" " + c.getKey())).findFirst().map(Map.Entry::getValue).orElse(List.of());
    }

    /**
     * Ranks the retrieved statements by how their other end relates to the rest of the question ("Where does a cat like
     * to sleep?": a bed before the vet, because of "sleep"): statements about the named concept as their subject first,
     * then by the cosine of MiniLM embeddings between the other end's name and the question with the anchor's words
     * taken out; the graph's weight order breaks ties. No tuned weight.
     */
    static List<Statement> rank(String question, List<ConceptMatch> concepts, List<Record> rows, TextEmbedder embedder) {
        Map<String, ConceptMatch> byUri = new LinkedHashMap<>();
        concepts.forEach(c -> byUri.putIfAbsent(c.uri(), c));
        List<Node[]> ends = new ArrayList<>();
        List<String> otherNames = new ArrayList<>();
        Map<String, String> rests = new LinkedHashMap<>();
        for (Record r : rows) {
            Node s = GraphExplorer.node(r.get("s"));
            Node e = GraphExplorer.node(r.get("e"));
            boolean subject = byUri.containsKey(String.valueOf(s.properties().get("uri")));
            Node anchor = subject ? s : e;
            ends.add(new Node[] {s, e, anchor, subject ? e : s});
            otherNames.add(Statement.name(subject ? e : s));
            ConceptMatch m = byUri.get(String.valueOf(anchor.properties().get("uri")));
            rests.computeIfAbsent(anchor.id(), id -> m == null ? question
                    : (question.substring(0, m.start()) + " " + question.substring(m.end())).strip());
        }
        Map<String, float[]> restVectors = new LinkedHashMap<>();
        List<String> restIds = List.copyOf(rests.keySet());
        List<float[]> restEmbedded = rows.isEmpty() ? List.of() : embedder.embedAll(List.copyOf(rests.values()));
        for (int i = 0; i < restIds.size(); i++) {
            restVectors.put(restIds.get(i), restEmbedded.get(i));
        }
        List<float[]> others = rows.isEmpty() ? List.of() : embedder.embedAll(otherNames);
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Node[] n = ends.get(i);
            var rel = rows.get(i).get("r").asRelationship();
            out.add(new Statement(n[0], rel.type(), rel.elementId(), n[1], n[2], n[3],
                    TextEmbedder.dot(restVectors.get(n[2].id()), others.get(i))));
        }
        out.sort(Comparator.comparing((Statement st) -> !st.anchorIsSubject())
                .thenComparing(Comparator.comparingDouble(Statement::relatedness).reversed()));
        return out;
    }
}
