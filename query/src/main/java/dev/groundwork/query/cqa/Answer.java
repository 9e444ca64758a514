package dev.groundwork.query.cqa;

import java.util.List;

/**
 * One ranked answer of a complex query: the entity, its truth value in [0, 1] and the edges of the
 * variable assignment that gave it (the explanation). Immutable.
 */
public record Answer(String entity, double score, List<ExplainedEdge> explanation) {
    public Answer {
        explanation = List.copyOf(explanation);
    }
}
