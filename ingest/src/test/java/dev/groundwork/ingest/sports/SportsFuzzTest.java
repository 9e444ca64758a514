package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.fuzz.Fuzz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzed World Cup CSV, openfootball and StatsBomb input: only the typed error, naming file and
 * line; a failed run changes nothing. The JSON formats are parsed while they are written, so their
 * records go through full ingests only.
 */
@ExtendWith(SharedNeo4j.class)
class SportsFuzzTest {
    private static final int PARSED = 1000;

    @TempDir
    Path temp;

    private static Path fixture(String name) {
        try {
            return Path.of(SportsFuzzTest.class.getResource("/sports/" + name + "/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fuzzedWorldCupRowsGiveOnlyTheTypedErrorNamingFileAndLine() throws Exception {
        List<String> lines = Files.readAllLines(fixture("worldcup-fixture").resolve("matches.csv"));
        Fuzz fuzz = new Fuzz(53);
        List<byte[]> records = fuzz.records(lines.subList(1, Math.min(lines.size(), 6)), PARSED);
        for (int i = 0; i < records.size(); i++) {
            Path file = Fuzz.write(temp.resolve("matches-" + i + ".csv"), lines.getFirst() + "\n", records.get(i), "\n");
            try {
                CsvRows.forEach(file, row -> { });
            } catch (Throwable e) {
                Fuzz.assertTyped(e, file);
            }
            Files.delete(file);
        }
    }

    @ParameterizedTest
    // The World Cup fixture is 27 files, each ingest of it takes seconds on a loaded machine: fewer runs of it.
    @CsvSource({"worldcup, worldcup-fixture, matches.csv, 4", "openfootball, openfootball-fixture, 2014-15_de.1.json, 10",
            "statsbomb, statsbomb-fixture, data/matches/43/3.json, 10"})
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAsItWas(String format, String fixture, String mutated, int runs, GraphStore store)
            throws Exception {
        Fuzz fuzz = new Fuzz(1053 + format.length());
        byte[] original = Files.readAllBytes(fixture(fixture).resolve(mutated));
        int failed = 0;
        for (int i = 0; i < runs; i++) {
            Fuzz.Kind kind = Fuzz.Kind.values()[i % (Fuzz.Kind.values().length - 1)];
            Path dir = copy(fixture(fixture), temp.resolve(format + "-" + i));
            Path file = dir.resolve(mutated);
            Files.write(file, fuzz.mutate(original, kind));
            List<Long> before = Fuzz.graphState(store);
            try {
                SportsIngest.ingest(store, format, dir, line -> { });
            } catch (BadInputException e) {
                failed++;
                assertThat(e.getMessage()).as("message for %s", kind).contains(file.getFileName().toString());
                assertThat(Fuzz.graphState(store)).as("graph after the failed run (%s)", kind).isEqualTo(before);
            }
        }
        assertThat(failed).isPositive();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
