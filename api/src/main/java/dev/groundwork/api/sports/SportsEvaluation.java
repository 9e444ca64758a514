package dev.groundwork.api.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsQuestionAnswering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The soccer evaluation end to end, for {@code groundwork eval sports --data DIR [--db DIR]}:
 * ingests the World Cup CSVs into a store (a temporary embedded one unless {@code db} is given,
 * removed afterwards), then scores the template-based graph system and the plain-RAG baseline on
 * the gold set. Stateless; each call opens and closes its own store.
 *
 * <pre>{@code
 * String json = SportsEvaluation.run(Path.of("/data/worldcup"), null, System.err::println);
 * // {"systems": {"graph": {"accuracy": ..., "p95_ms": ...}, "rag": {...}}}
 * }</pre>
 */
public final class SportsEvaluation {
    private SportsEvaluation() {}

    /**
     * Runs the evaluation.
     *
     * @param dataDirectory the Fjelstul World Cup Database CSV files
     * @param db an embedded store directory to ingest into and keep, or null for a temporary one
     * @param progress receives progress lines (for standard error)
     * @return {@code {"systems": {"graph": {...}, "rag": {...}}}}, each with
     *         {@code accuracy accuracy_answerable accuracy_unanswerable p50_ms p95_ms n}
     */
    public static String run(Path dataDirectory, Path db, Consumer<String> progress) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path dir = db != null ? db : temporaryDirectory();
        try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(dir).boltPort(0).build())) {
            SportsIngest.Summary s = SportsIngest.ingest(store, "worldcup", dataDirectory, progress);
            progress.accept("ingested in " + s.millis() + " ms; evaluating the graph and rag systems");
            return SportsQuestionAnswering.compare(store, dataDirectory);
        } finally {
            if (db == null) {
                delete(dir);
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("groundwork-sports-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary store directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("removing the temporary store " + dir, e);
        }
    }
}
