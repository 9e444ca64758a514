package dev.groundwork.query.linkprediction;

/** One answer of a top-k query: an entity key and its raw model score (higher is more likely). */
public record Prediction(String entity, float score) {}
