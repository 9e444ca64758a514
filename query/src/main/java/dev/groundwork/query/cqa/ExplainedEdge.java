package dev.groundwork.query.cqa;

/**
 * One edge of an answer's best variable assignment.
 *
 * @param head the edge's head entity
 * @param relation the relation
 * @param tail the edge's tail entity
 * @param observed whether the edge is in the observed graph (otherwise it is predicted by the link predictor)
 * @param score the atom's truth value in [0, 1] as the search used it
 * @param negated whether the edge lies under a negation (the answer is supported by its absence: a low score)
 */
public record ExplainedEdge(String head, String relation, String tail, boolean observed, double score, boolean negated) {}
