package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ingests structured soccer data into the sports graph declared by {@code ontologies/sports.ttl}
 * (Structured-GraphRAG): tournaments, matches and teams with HOME_TEAM, AWAY_TEAM, WINNER, LOSER
 * and PARTICIPATED_IN; squads and players; goals, bookings, substitutions and penalty kicks;
 * venues, referees, managers, group standings and awards. Everything goes through one
 * {@link BatchWriter} run, so it carries provenance, counts, and is undone if the ingest fails.
 *
 * <p>Stateless and thread-safe; each call is one ingest run.
 *
 * <pre>{@code
 * SportsIngest.Summary s = SportsIngest.ingest(store, "worldcup", Path.of("data/worldcup"), System.err::println);
 * System.out.println(s.run().counts());
 * }</pre>
 */
public final class SportsIngest {
    /** The formats {@link #ingest} reads. */
    public static final List<String> FORMATS = List.of("worldcup");
    static final int BATCH_SIZE = 5_000;

    /**
     * What one ingest did.
     *
     * @param format the input format
     * @param run the ingest run, with its id and counts
     * @param rowsPerFile rows read from each file, in reading order
     * @param merged what was merged with nodes already in the graph (same ids), by label
     * @param millis wall time of the ingest
     */
    public record Summary(String format, IngestRun run, Map<String, Long> rowsPerFile, Map<String, Long> merged, long millis) {
        public Summary {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(run, "run");
            // Reading order is kept: it is the dependency order of the files.
            rowsPerFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
            merged = Map.copyOf(merged);
            if (millis < 0) {
                throw new IllegalArgumentException("millis must not be negative, got " + millis);
            }
        }
    }

    private SportsIngest() {}

    /**
     * Ingests {@code path} read as {@code format}.
     *
     * @param progress receives one line per file read (for standard error)
     * @throws BadInputException for an unknown format or a malformed row (naming file and line)
     * @throws NotFoundException when {@code path} or a file the format needs does not exist
     */
    public static Summary ingest(GraphStore store, String format, Path path, Consumer<String> progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(progress, "progress");
        if (!FORMATS.contains(format)) {
            throw new BadInputException("unknown sports format '" + format + "'; known formats: " + String.join(", ", FORMATS));
        }
        if (!Files.isDirectory(path)) {
            throw new NotFoundException(path + ": expected a directory of World Cup database CSV files, there is none");
        }
        long start = System.nanoTime();
        List<String> sources = WorldCupIngestor.files().stream().map(f -> path.resolve(f).toAbsolutePath().toUri().toString()).toList();
        try (BatchWriter writer = BatchWriter.begin(store, "sports/" + format, sources, BATCH_SIZE)) {
            Map<String, Long> rows = new LinkedHashMap<>(new WorldCupIngestor(writer, progress).load(path));
            IngestRun run = writer.commit();
            return new Summary(format, run, rows, Map.of("updated", run.counts().updated()), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
