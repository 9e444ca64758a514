package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingested;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Ingests structured soccer data into the sports graph declared by {@code ontologies/sports.ttl}
 * (Structured-GraphRAG) from three formats: {@code worldcup} (the Fjelstul World Cup Database CSVs),
 * {@code openfootball} (football.json league seasons) and {@code statsbomb} (the StatsBomb
 * open-data layout, events streamed). Tournaments, matches and teams with HOME_TEAM, AWAY_TEAM, WINNER, LOSER
 * and PARTICIPATED_IN; squads and players; goals, bookings, substitutions and penalty kicks;
 * venues, referees, managers, group standings and awards; shots with xG and appearances. The same
 * real team, player, match or World Cup arriving from a second source lands on the node the first
 * created (see {@code Identities} for the rules), and {@link Summary#merged()} counts it. Everything
 * goes through one {@link BatchWriter} run, so it carries provenance, counts, and is undone if the ingest fails.
 *
 * <p>Stateless and thread-safe; each call is one ingest run.
 *
 * <pre>{@code
 * SportsIngest.Summary s = SportsIngest.ingest(store, "worldcup", List.of(Path.of("data/worldcup")), IngestOptions.DEFAULTS,
 *         p -> p.line().ifPresent(System.err::println));
 * System.out.println(s.run().counts());
 * }</pre>
 */
public final class SportsIngest {
    /** The formats {@link #ingest} reads. */
    public static final List<String> FORMATS = List.of("worldcup", "openfootball", "statsbomb");
    /** Rows per write batch unless {@link IngestOptions#batchSize()} says otherwise. */
    public static final int BATCH_SIZE = BatchWriter.DEFAULT_CHUNK;

    /**
     * What one ingest did.
     *
     * @param format the input format
     * @param run the ingest run, with its id and counts
     * @param rowsPerFile rows read from each file, in reading order
     * @param merged source records that became nodes another source had already created (cross-source merge),
     *               by kind: {@code matches}, {@code players}, {@code teams}, {@code tournaments}
     * @param unresolved records that might be a node another source created but were kept on their own node because the
     *                   merge rule could not decide (several candidates, or a candidate another id holds), one line each
     *                   saying which and why
     * @param millis wall time of the ingest
     */
    public record Summary(String format, IngestRun run, Map<String, Long> rowsPerFile, Map<String, Long> merged, List<String> unresolved,
                          long millis) implements Ingested {
        public Summary {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(run, "run");
            unresolved = List.copyOf(unresolved);
            // Reading order is kept: it is the dependency order of the files.
            rowsPerFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
            merged = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(merged));
            if (millis < 0) {
                throw new IllegalArgumentException("millis must not be negative, got " + millis);
            }
        }
    }

    private SportsIngest() {}

    /**
     * Ingests the one path of {@code sources} (the directory of the data files; openfootball: also one file) read as
     * {@code format}. Sports input has no error budget: {@link IngestOptions#maxErrors()} is not read.
     *
     * @param progress told after each file read, with the files read of the files to read and a line saying what it held
     * @throws BadInputException for an unknown format, not exactly one source, or a malformed row (naming file and line)
     * @throws NotFoundException when the path or a file the format needs does not exist
     */
    public static Summary ingest(GraphStore store, String format, List<Path> sources, IngestOptions options, IngestProgress progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(progress, "progress");
        if (!FORMATS.contains(format)) {
            throw new BadInputException("unknown sports format '" + format + "'; known formats: " + String.join(", ", FORMATS));
        }
        if (sources.size() != 1) {
            throw new BadInputException("sports: name one directory (openfootball: or one file) to ingest, got " + sources.size()
                    + " paths " + sources);
        }
        Path path = sources.get(0);
        int batchSize = options.batchSizeOr(BATCH_SIZE);
        long start = System.nanoTime();
        return switch (format) {
            case "worldcup" -> worldCup(store, path, batchSize, progress, start);
            case "openfootball" -> {
                List<Path> files = OpenFootballIngestor.files(path);
                yield run(store, format, files.stream().map(SportsIngest::uri).toList(), batchSize, start,
                        (writer, ids) -> new OpenFootballIngestor(writer, ids, new FileProgress(files.size(), progress)).load(files));
            }
            default -> {
                Path root = StatsBombIngestor.root(path);
                yield run(store, format, List.of(uri(root)), batchSize, start, (writer, ids) -> new StatsBombIngestor(writer, ids, new FileProgress(1, progress)).load(root));
            }
        };
    }

    private static Summary worldCup(GraphStore store, Path path, int batchSize, IngestProgress progress, long start) {
        if (!Files.isDirectory(path)) {
            throw new NotFoundException(path + ": expected a directory of World Cup database CSV files, there is none");
        }
        List<String> sources = WorldCupIngestor.files().stream().map(f -> uri(path.resolve(f))).toList();
        // The World Cup database is the reference the other sources merge into; it merges nothing itself.
        return run(store, "worldcup", sources, batchSize, start, (writer, ids) -> new WorldCupIngestor(writer, new FileProgress(sources.size(), progress)).load(path));
    }

    private static Summary run(GraphStore store, String format, List<String> sources, int batchSize, long start,
                               BiFunction<Rows, Identities, Map<String, Long>> load) {
        Identities ids = format.equals("worldcup") ? Identities.none() : Identities.load(store);
        try (BatchWriter writer = BatchWriter.begin(store, "sports/" + format, sources, batchSize)) {
            Map<String, Long> rows = new LinkedHashMap<>(load.apply(Rows.of(writer), ids));
            IngestRun run = writer.commit();
            return new Summary(format, run, rows, ids.mergedCounts(), ids.unresolved(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String uri(Path p) {
        return p.toAbsolutePath().toUri().toString();
    }
}
