package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.fuzz.Fuzz;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzed World Cup CSV, openfootball and StatsBomb input. 1,000 mutated files per format go through the format's reader
 * (the ingestor writing to {@link Rows} that need no store): only the typed error appears, naming the file and a line
 * (or, for a value of the wrong type in a JSON document, its JSON path), and no replacement character reaches a row.
 * 10 per format go through a full ingest, where a failed run leaves the graph as it was.
 */
@ExtendWith(SharedNeo4j.class)
class SportsFuzzTest {
    /** Where a complaint about a JSON document points: a line, or the JSON path of the value ({@code $.matches[3].score}). */
    private static final java.util.regex.Pattern JSON_PATH = java.util.regex.Pattern.compile(": \\$\\S* is ");

    @TempDir
    Path temp;

    /**
     * The fixture each format reads, the files of it that the reader test mutates in turn, and the one the full ingests
     * mutate: read after another file was flushed, so that a failure comes after something was written, and early, so
     * that a failed World Cup run (21 files) does not first write most of a tournament.
     */
    private record Format(String name, String fixture, List<String> mutated, String ingestMutated) {
        static Format of(String name) {
            return switch (name) {
                // The 2018 fixture: one tournament, a few hundred rows, so that a full ingest takes a fraction of a second.
                case "worldcup" -> new Format(name, "worldcup-2018-fixture", List.of("players.csv", "squads.csv", "matches.csv", "goals.csv"), "teams.csv");
                case "openfootball" -> new Format(name, "openfootball-fixture",
                        List.of("2014-15_de.1.json", "2020-21_de.cup.json", "2020-21_en.1.json"), "2020-21_de.cup.json");
                default -> new Format(name, "statsbomb-fixture",
                        List.of("data/competitions.json", "data/matches/43/3.json", "data/lineups/7576.json", "data/events/7576.json"),
                        "data/events/15986.json");
            };
        }

        List<String> seeds(Path dir) throws IOException {
            List<String> seeds = new ArrayList<>();
            for (String f : mutated) {
                seeds.add(Files.readString(dir.resolve(f)));
            }
            return seeds;
        }

        /** Reads {@code dir} as this format into {@code rows}, as {@link SportsIngest#ingest} does but with no store. */
        void read(Path dir, Rows rows) {
            switch (name) {
                case "worldcup" -> new WorldCupIngestor(rows, new FileProgress(0, p -> { })).load(dir);
                case "openfootball" -> new OpenFootballIngestor(rows, Identities.none(), new FileProgress(0, p -> { })).load(OpenFootballIngestor.files(dir));
                default -> new StatsBombIngestor(rows, Identities.none(), new FileProgress(0, p -> { })).load(StatsBombIngestor.root(dir));
            }
        }
    }

    /** Rows that go nowhere, each checked for the replacement character a lenient decoder would have made. */
    private static final class CheckedRows implements Rows {
        long written;

        @Override
        public void write(WriteStatement statement, String source, long record, Map<String, Object> row) {
            assertNoReplacement(row.values(), source, record);
            written++;
        }

        private static void assertNoReplacement(Iterable<?> values, String source, long record) {
            for (Object v : values) {
                if (v instanceof String s && s.indexOf('\uFFFD') >= 0) {
                    throw new AssertionError("a row of " + source + " record " + record + " holds U+FFFD");
                } else if (v instanceof Map<?, ?> m) {
                    assertNoReplacement(m.values(), source, record);
                } else if (v instanceof Iterable<?> list) {
                    assertNoReplacement(list, source, record);
                }
            }
        }

        @Override
        public void skip() { }

        @Override
        public void flush() { }
    }

    @ParameterizedTest
    @ValueSource(strings = {"worldcup", "openfootball", "statsbomb"})
    void aThousandFuzzedFilesGiveRowsOrOnlyTheTypedErrorNamingFileAndLine(String name) throws Exception {
        Format format = Format.of(name);
        Path dir = Fixtures.copy(Fixtures.dir(format.fixture()), temp.resolve(name));
        List<String> seeds = format.seeds(dir);
        List<byte[]> records = new Fuzz(53 + name.length()).records(seeds, Fuzz.PARSED);
        int failed = 0;
        long written = 0;
        for (int i = 0; i < records.size(); i++) {
            Path file = dir.resolve(format.mutated().get(i % seeds.size()));
            Files.write(file, records.get(i));
            CheckedRows rows = new CheckedRows();
            try {
                format.read(dir, rows);
            } catch (Throwable e) {
                failed++;
                assertThat(e).as("what reading a fuzzed %s threw", file.getFileName()).isInstanceOf(BadInputException.class);
                String message = e.getMessage();
                assertThat(message).as("the message").contains(file.getFileName().toString());
                if (!JSON_PATH.matcher(message).find()) {
                    Fuzz.assertTyped(e, file);
                }
            }
            written += rows.written;
            Files.writeString(file, seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
        }
        assertThat(failed).as("fuzzed files refused").isPositive().isLessThan(Fuzz.PARSED);
        assertThat(written).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"worldcup", "openfootball", "statsbomb"})
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAsItWas(String name, GraphStore store) throws Exception {
        Format format = Format.of(name);
        Fuzz fuzz = new Fuzz(1053 + name.length());
        String mutated = format.ingestMutated();
        String original = Files.readString(Fixtures.dir(format.fixture()).resolve(mutated));
        List<byte[]> records = fuzz.forIngest(List.of(original));
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            Path dir = Fixtures.copy(Fixtures.dir(format.fixture()), temp.resolve(name + "-" + i));
            Path file = dir.resolve(mutated);
            Files.write(file, records.get(i));
            List<Long> before = Fuzz.graphState(store);
            try {
                Fixtures.ingest(store, name, dir);
            } catch (BadInputException e) {
                failed++;
                assertThat(e.getMessage()).as("message for %s", file).contains(file.getFileName().toString());
                assertThat(Fuzz.graphState(store)).as("graph after the failed run on %s", file).isEqualTo(before);
            }
        }
        assertThat(failed).isPositive();
    }
}
