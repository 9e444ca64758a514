package dev.groundwork.query.cqa;

/**
 * Filtered ranking metrics of one query type (or of all): MRR and Hits@1/3/10 averaged over
 * queries (each query's figure is the mean over its hard answers), latency percentiles of one
 * query's search in milliseconds, and the number of queries.
 */
public record CqaMetrics(double mrr, double hits1, double hits3, double hits10, double p50Ms, double p95Ms, int n) {}
