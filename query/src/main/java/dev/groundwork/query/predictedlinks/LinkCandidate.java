package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.model.Node;

/**
 * One answer of {@link PredictedLinks#predict}: an entity the model ranks for the missing end of a
 * link. An immutable value.
 *
 * @param entity the entity's key in the model (the graph's node key)
 * @param score the raw model score, comparable only within one model
 * @param probability the Platt-calibrated probability that the link is true
 * @param observed whether the graph already holds this link as an observed (not predicted) edge
 * @param node the graph's node with that key, or {@code null} when the graph has none
 */
public record LinkCandidate(String entity, float score, double probability, boolean observed, Node node) {}
