package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Subgraph;

/**
 * Adds link-predictor edges to an answer's evidence: edges the graph lacks, suggested with a
 * probability and marked {@code predicted}. The {@link Asker} calls it after retrieval when a model
 * is configured; without one it uses {@link #NONE}. Implementations must be thread-safe and must
 * only add edges between nodes of the evidence.
 */
@FunctionalInterface
public interface LinkScores {
    /** Adds nothing. */
    LinkScores NONE = (domain, evidence) -> evidence;

    /** The evidence of an answer in {@code domain}, with predicted edges added (or unchanged). */
    Subgraph attach(String domain, Subgraph evidence);
}
