package dev.groundwork.graph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An answer to a question, grounded in evidence: every citation refers to a node of the
 * evidence sub-graph, and predicted edges in the evidence are marked. Immutable and thread-safe.
 *
 * <pre>{@code
 * Answer a = new Answer("Brazil won the 2002 final [1].", List.of(citation), evidence, cypher, 0.9, Map.of("retrieval", 4.2));
 * }</pre>
 *
 * @param text the answer, citing evidence
 * @param citations the nodes the text cites, each a node of {@code evidence}
 * @param evidence the sub-graph the answer was drawn from
 * @param cypher the Cypher that retrieved the evidence, or empty
 * @param confidence between 0 and 1
 * @param timings milliseconds per stage (retrieval, scoring, composition)
 */
public record Answer(String text, List<Citation> citations, Subgraph evidence, String cypher, double confidence,
                     Map<String, Double> timings) {
    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        evidence = Objects.requireNonNull(evidence, "evidence");
        cypher = cypher == null ? "" : cypher;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        timings = Map.copyOf(Objects.requireNonNull(timings, "timings"));
        var ids = new java.util.HashSet<String>();
        evidence.nodes().forEach(n -> ids.add(n.id()));
        for (Citation c : citations) {
            if (!ids.contains(c.nodeId())) {
                throw new IllegalArgumentException("citation " + c.nodeId() + " must refer to a node of the evidence");
            }
        }
    }
}
