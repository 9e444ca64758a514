package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.BadInputException;

/**
 * What {@link PredictedLinks#writeBack} writes. An immutable value, validated on construction.
 *
 * <pre>{@code
 * WriteBackOptions options = new WriteBackOptions("interacts_with", 0.9, 5, 1000, 10_000);
 * }</pre>
 *
 * @param relation the relation whose missing edges are predicted (a name the model knows)
 * @param threshold the lowest calibrated probability written, between 0 and 1
 * @param k at most this many new tails for each head
 * @param limit at most this many edges in all, the most probable first; 0 = no limit
 * @param batchSize edges per transaction
 */
public record WriteBackOptions(String relation, double threshold, int k, int limit, int batchSize) {
    public WriteBackOptions {
        if (relation == null || relation.isBlank()) {
            throw new BadInputException("--relation must name a relation of the model, got '" + relation + "'");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new BadInputException("--threshold must be a probability between 0 and 1, got " + threshold);
        }
        if (k < 1) {
            throw new BadInputException("--k must be positive, got " + k);
        }
        if (limit < 0) {
            throw new BadInputException("--limit must be 0 (no limit) or more, got " + limit);
        }
        if (batchSize < 1) {
            throw new BadInputException("--batch-size must be at least 1, got " + batchSize);
        }
    }
}
