package dev.groundwork.ingest;

import dev.groundwork.graph.batch.IngestRun;

/**
 * What an ingestor returns: the completed {@link IngestRun} with its counts, and, for the ingestors
 * that report more (tickets: the parse summary and the links written; sports: rows per file and
 * cross-source merges), their own record implementing this. Immutable.
 */
@FunctionalInterface
public interface Ingested {
    /** The completed run. */
    IngestRun run();

    /** A result that is the run alone (commonsense, triples). */
    static Ingested of(IngestRun run) {
        java.util.Objects.requireNonNull(run, "run");
        return () -> run;
    }
}
