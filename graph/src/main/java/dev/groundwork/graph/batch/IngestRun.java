package dev.groundwork.graph.batch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ingestion command as recorded in the graph (an {@code IngestRun} node): what it read, when,
 * how it ended and what it wrote. Immutable.
 *
 * @param id the run id, the value of {@code gwRun} on everything it created
 * @param kind what was ingested, e.g. {@code tickets/jira}
 * @param status RUNNING, COMPLETED, FAILED or UNDONE
 * @param startedAt start time
 * @param finishedAt end time, or null while running
 * @param sources the files or URIs read
 * @param counts what it wrote
 * @param message the failure, or empty
 */
public record IngestRun(String id, String kind, String status, Instant startedAt, Instant finishedAt,
                        List<String> sources, WriteCounts counts, String message) {
    public IngestRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        sources = List.copyOf(sources);
        counts = Objects.requireNonNullElse(counts, WriteCounts.ZERO);
        message = message == null ? "" : message;
    }
}
