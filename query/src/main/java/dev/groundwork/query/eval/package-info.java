/** Ranking metrics and significance tests for retrieval evaluation; the entry point is {@link dev.groundwork.query.eval.RankingMetrics}. */
package dev.groundwork.query.eval;
