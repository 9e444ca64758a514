package dev.groundwork.query.cqa;

import java.util.Map;

/**
 * The result of evaluating one system on labelled queries: metrics per type label ({@code 2p},
 * ...) in input order, plus {@code all} (metrics averaged over the types, each type weighing the
 * same as in the literature; latency percentiles and {@code n} over all queries), and throughput.
 */
public record CqaEvaluation(Map<String, CqaMetrics> types, double queriesPerSecond, double seconds) {
    public CqaEvaluation {
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }
}
