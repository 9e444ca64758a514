package dev.groundwork.query.predictedlinks;

/**
 * The model's belief in one triple and whether the graph already observes it. An immutable value.
 *
 * @param head the head's key
 * @param relation the relation name
 * @param tail the tail's key
 * @param score the raw model score, comparable only within one model
 * @param probability the Platt-calibrated probability that the triple is true
 * @param observed whether the graph holds the triple as an observed (not predicted) edge
 */
public record ScoredTriple(String head, String relation, String tail, float score, double probability, boolean observed) {}
