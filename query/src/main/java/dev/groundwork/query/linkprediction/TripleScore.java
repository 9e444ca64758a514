package dev.groundwork.query.linkprediction;

/**
 * The model's belief in one triple. An immutable value:
 * {@code model.score("alga", "isa", "entity").probability()}.
 *
 * @param score raw score, comparable only within one model
 * @param probability Platt-calibrated probability that the triple is true, fitted on validation
 *     triples against corrupted ones
 */
public record TripleScore(float score, double probability) {}
