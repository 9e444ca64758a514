package dev.groundwork.api.llm;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prompt of the LLM path: fixed instructions, then the question and nothing but the evidence as
 * compact numbered lines: the citations {@code [n] label: snippet}, whose numbers are the only ids
 * the model may cite, and the edges as triples {@code (source) -TYPE-> (target) [observed|predicted p=0.83]}.
 * Node ids never reach the model; nodes are shown by name. Stateless.
 *
 * @param system the instructions
 * @param user the question and the evidence
 */
record EvidencePrompt(String system, String user) {
    /** What the model is told to say, word for word, when the evidence does not answer the question. */
    static final String NOT_ANSWERED = "The evidence does not answer this.";
    static final String SYSTEM = """
            You answer questions about a knowledge graph. Use only the evidence in the user's message: no outside knowledge.
            Cite every statement with the number of the citation it comes from, in square brackets, e.g. [1] or [1][3].
            Cite only the numbers listed under "Citations". Edges marked "predicted" are guesses of a link predictor
            with probability p: say so when you rely on one.
            If the evidence does not answer the question, reply exactly: %s
            You may end with one read-only Cypher query to explore this in Neo4j Browser, in a ```cypher block.
            Keep the answer short.""".formatted(NOT_ANSWERED);
    /** Most edges shown; a larger evidence sub-graph is cut, saying how many edges were left out. */
    static final int MAX_EDGES = 100;
    private static final int MAX_TEXT = 300;
    private static final List<String> NAME_KEYS = List.of("name", "title", "key", "text", "uri");

    static EvidencePrompt of(String question, Answer evidence) {
        StringBuilder user = new StringBuilder("Question: ").append(oneLine(question, 2000)).append("\n\nCitations:\n");
        List<Citation> citations = evidence.citations();
        Map<String, Integer> cited = new HashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            cited.putIfAbsent(c.nodeId(), i + 1);
            user.append('[').append(i + 1).append("] ").append(c.label()).append(": ").append(oneLine(c.snippet(), MAX_TEXT)).append('\n');
        }
        Map<String, Node> nodes = new HashMap<>();
        evidence.evidence().nodes().forEach(n -> nodes.put(n.id(), n));
        List<Edge> edges = evidence.evidence().edges();
        user.append("\nEdges:\n");
        edges.stream().limit(MAX_EDGES).forEach(e -> user.append(triple(e, nodes, cited)).append('\n'));
        if (edges.size() > MAX_EDGES) {
            user.append("(").append(edges.size() - MAX_EDGES).append(" more edges left out)\n");
        }
        return new EvidencePrompt(SYSTEM, user.toString());
    }

    /** {@code (Germany [2]) -WINNER-> (2014 FIFA World Cup) [observed]}. */
    static String triple(Edge e, Map<String, Node> nodes, Map<String, Integer> cited) {
        String mark = e.predicted() ? String.format(Locale.ROOT, "predicted p=%.2f", e.score()) : "observed";
        return "(" + name(nodes.get(e.source()), cited) + ") -" + e.type() + "-> (" + name(nodes.get(e.target()), cited) + ") [" + mark + "]";
    }

    private static String name(Node n, Map<String, Integer> cited) {
        String name = NAME_KEYS.stream().map(k -> n.properties().get(k)).filter(v -> v != null && !v.toString().isBlank())
                .map(v -> oneLine(v.toString(), 80)).findFirst().orElse(n.label());
        Integer id = cited.get(n.id());
        return id == null ? name : name + " [" + id + "]";
    }

    private static String oneLine(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
