package dev.groundwork.api.ask;

import dev.groundwork.api.explore.GraphExplorer;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.ConceptMatch;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Commonsense: the concepts the question names and their relationships, restricted to the relation
 * types the question's wording asks for ("where" asks for AtLocation ...), ranked by how they relate
 * to the rest of the question ({@link #rank}) and phrased in English ({@link Sentences}): one direct
 * sentence, then each statement citing the two concepts it joins.
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
    /** Statements read for ranking, strongest first: enough for a concept's every location in CN-100K. */
    private static final int CANDIDATES = 200;

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
                Map.of("uris", uris, "types", types, "limit", CANDIDATES)).list());
        long t2 = System.nanoTime();
        List<Statement> ranked = rank(question, concepts, rows, TextEmbedder.shared());
        long t3 = System.nanoTime();
        return compose(ranked.subList(0, Math.min(ranked.size(), STATEMENTS_PER_K * k)), types,
                Map.of("linking_ms", (t1 - t0) / 1e6, "retrieval_ms", (t2 - t1) / 1e6, "ranking_ms", (t3 - t2) / 1e6));
    }

    static List<String> cue(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT) + " ";
        return CUES.stream().filter(c -> q.contains(" " + c.getKey())).findFirst().map(Map.Entry::getValue).orElse(List.of());
    }

    /**
     * One retrieved relationship: {@code anchor} is the end the question names, {@code other} the end it is asked about;
     * {@code relatedness} is the cosine between {@code other}'s name and the question without the anchor's words.
     */
    record Statement(Node start, String type, String relationshipId, Node end, Node anchor, Node other, double relatedness) {
        boolean anchorIsSubject() {
            return anchor == start;
        }
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
            otherNames.add(name(subject ? e : s));
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
        List<Statement> ranked = new ArrayList<>(out);
        ranked.sort(Comparator.comparing((Statement st) -> !st.anchorIsSubject())
                .thenComparing(Comparator.comparingDouble(Statement::relatedness).reversed()));
        return ranked;
    }

    /**
     * One direct sentence ("Cat [1] is usually found at your bed [2], sofa [3] or basket [4].": the subject, the top
     * statements' relation, up to three of its objects), then every statement as a sentence of its own with its citations.
     */
    private static Answer compose(List<Statement> statements, List<String> types, Map<String, Double> timings) {
        if (statements.isEmpty()) {
            return new Answer("Cannot answer: the commonsense graph has no " + (types.isEmpty() ? ""
                    : String.join(" or ", types.stream().map(t -> "'" + Sentences.relation(t) + "'").toList()) + " ")
                    + "relationship for the concepts named.", List.of(), Subgraph.EMPTY, NEIGHBOURS, 0, timings);
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> cited = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Function<Node, Integer> cite = n -> {
            nodes.putIfAbsent(n.id(), n);
            return cited.computeIfAbsent(n.id(), id -> {
                citations.add(new Citation(id, n.label(), name(n)));
                return citations.size();
            });
        };
        Statement top = statements.getFirst();
        List<Statement> direct = statements.stream()
                .filter(st -> st.anchorIsSubject() && st.anchor().id().equals(top.anchor().id()) && st.type().equals(top.type()))
                .limit(3).toList();
        StringBuilder text = new StringBuilder();
        if (direct.isEmpty()) {
            text.append(sentence(top, cite));
        } else {
            String conjunction = Set.of("AtLocation", "LocatedNear").contains(top.type()) ? "or" : "and";
            text.append(Sentences.capitalised(name(top.anchor()))).append(" [").append(cite.apply(top.anchor())).append("] ")
                    .append(Sentences.relation(top.type())).append(' ')
                    .append(Sentences.list(direct.stream().map(st -> Sentences.object(Sentences.relation(top.type()), name(st.other()))
                            + " [" + cite.apply(st.other()) + "]").toList(), conjunction))
                    .append('.');
        }
        for (Statement st : statements) {
            edges.add(Edge.observed(st.relationshipId(), st.type(), st.start().id(), st.end().id(), Map.of()));
            text.append(' ').append(sentence(st, cite));
        }
        double confidence = types.isEmpty() ? 0.5 : 0.8;
        return new Answer(text.toString(), citations, new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges)),
                NEIGHBOURS, confidence, timings);
    }

    /** "Cat is usually found at your bed [1] [2]." */
    private static String sentence(Statement st, Function<Node, Integer> cite) {
        int a = cite.apply(st.start());
        int b = cite.apply(st.end());
        return Sentences.capitalised(name(st.start())) + " " + Sentences.relation(st.type()) + " "
                + Sentences.object(Sentences.relation(st.type()), name(st.end()))
                + " [" + a + "] [" + b + "].";
    }

    private static String name(Node n) {
        return String.valueOf(n.properties().getOrDefault("name", n.id()));
    }
}
