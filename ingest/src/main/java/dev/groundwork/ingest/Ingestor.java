package dev.groundwork.ingest;

import dev.groundwork.graph.store.GraphStore;

import java.nio.file.Path;
import java.util.List;

/**
 * One input format of one kind of data, read into the graph as one ingest run: the shape every
 * ingestor has, so that the command line, background jobs, the demo and evaluation call them the
 * same way. Get one from {@code dev.groundwork.ingest.registry.Ingestors}. Implementations are
 * stateless and thread-safe; each call is one run, undone if it fails.
 *
 * <pre>{@code
 * Ingested done = Ingestors.get("triples", "tsv").ingest(store, List.of(train), IngestOptions.DEFAULTS, IngestProgress.NONE);
 * }</pre>
 */
public interface Ingestor {
    /** What is ingested: {@code tickets}, {@code sports}, {@code commonsense} or {@code triples}. */
    String kind();

    /** The input format, lower case, as the command line spells it, e.g. {@code csv}, {@code worldcup}, {@code cn100k}. */
    String format();

    /**
     * Reads {@code sources} (files; for sports the one directory or file) into {@code store} as one run.
     *
     * @throws dev.groundwork.graph.BadInputException for malformed input beyond the error budget, naming file and line
     */
    Ingested ingest(GraphStore store, List<Path> sources, IngestOptions options, IngestProgress progress);
}
