package dev.groundwork.query.predictedlinks;

/**
 * What {@link PredictedLinks#writeBack} did. An immutable value.
 *
 * @param runId the ingest run that holds the written edges ({@code groundwork ingest undo RUN_ID} removes them)
 * @param relation the relation predicted
 * @param relationshipType the Neo4j relationship type of the written edges (that of the relation's observed edges)
 * @param heads the model's entities found in the graph, each scored as a head
 * @param notInGraph the model's entities without a node in the graph (never written)
 * @param observedSkipped top answers skipped because the graph observes that edge already
 * @param belowThreshold top answers below the probability threshold
 * @param written edges written (after the limit): {@code created + updated}
 * @param created predicted edges new in the graph
 * @param updated predicted edges that were already there (a re-run) and got their score again
 */
public record WriteBackResult(String runId, String relation, String relationshipType, long heads, long notInGraph,
                              long observedSkipped, long belowThreshold, long written, long created, long updated) {}
