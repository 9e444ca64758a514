package dev.groundwork.query.linkprediction;

/**
 * Filtered ranking metrics of one split. Every triple is ranked in both directions (tail, and head
 * through the reciprocal relation) among all entities, with the other known true answers of
 * train, valid and test removed; ties count half (the mean rank of the tied group). The metrics
 * average the 2n ranks. An immutable value: {@code model.evaluate(data, Split.TEST).mrr()}.
 *
 * @param split "train", "valid" or "test"
 * @param mrr mean reciprocal rank
 * @param hits1 fraction of ranks at most 1
 * @param hits3 fraction of ranks at most 3
 * @param hits10 fraction of ranks at most 10
 * @param n number of triples ranked
 */
public record EvaluationResult(String split, double mrr, double hits1, double hits3, double hits10, int n) {}
