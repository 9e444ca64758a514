package dev.groundwork.query.linkprediction;

/**
 * One answer of a top-k query: an entity key and its raw model score (higher is more likely). An
 * immutable value: {@code model.topTails("alga", "isa", 10).get(0).entity()}.
 */
public record Prediction(String entity, float score) {}
