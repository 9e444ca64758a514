package dev.groundwork.ingest.commonsense;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptNetReaderTest {
    /** Everything the reader reports, as text, in order. */
    private static final class Events implements CommonsenseReader.Sink {
        final List<String> seen = new ArrayList<>();
        final List<String> threads = new ArrayList<>();

        @Override
        public void assertion(Assertion a) {
            seen.add(a.line() + " " + a.relation() + " " + a.head().uri() + " " + a.tail().uri() + " " + a.weight() + " " + a.dataset());
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void literal(ConceptRef subject, String key, Object value, long line) {
            seen.add(line + " literal");
        }

        @Override
        public void skip() {
            seen.add("skip");
        }

        @Override
        public void badRecord(long line, String message) {
            seen.add(line + " bad: " + message);
        }

        @Override
        public void position(long done, long total) {
        }
    }

    private static String line(String json) {
        return "/a/x\t/r/IsA\t/c/en/dog/n\t/c/en/animal\t" + json;
    }

    @Test
    void theJsonColumnGivesWeightAndDatasetAsATreeWould() throws IOException {
        Path file = Files.createTempFile("cn", ".csv");
        Files.write(file, List.of(
                line("{\"dataset\": \"/d/wordnet/3.1\", \"sources\": [{\"a\": [1, {\"b\": null}]}], \"weight\": 2.5}"),
                line("{\"weight\": \"heavy\", \"weight\": 3}"),
                line("{\"weight\": 3, \"weight\": \"heavy\"}"),
                line("{\"dataset\": 7}"),
                line("[1, 2]"),
                line(""),
                line("{\"weight\": 1, \"x\": [}"),
                "/a/y\t/r/IsA\t/c/fr/chien\t/c/en/animal\t{}"));

        Events events = new Events();
        new ConceptNetReader("en").read(file, events);

        assertThat(events.seen).containsExactly(
                "1 IsA /c/en/dog /c/en/animal 2.5 /d/wordnet/3.1",
                "2 IsA /c/en/dog /c/en/animal 3.0 ",
                "3 bad: expected a numeric \"weight\" in the JSON column, got \"heavy\"",
                "4 IsA /c/en/dog /c/en/animal 1.0 7",
                "5 IsA /c/en/dog /c/en/animal 1.0 ",
                "6 IsA /c/en/dog /c/en/animal 1.0 ",
                events.seen.get(6),
                "skip");
        assertThat(events.seen.get(6)).startsWith("7 bad: the JSON column is not valid JSON");
    }

    @Test
    void linesParsedInParallelBatchesReachTheSinkInLineOrderOnTheCallingThread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.csv");
        Files.write(file, IntStream.rangeClosed(1, 35_000)
                .mapToObj(i -> "/a/x\t/r/IsA\t/c/en/w" + i + "\t/c/en/animal\t{\"weight\": " + i + "}").toList());

        Events events = new Events();
        new ConceptNetReader("en").read(file, events);

        assertThat(events.seen).hasSize(35_000);
        assertThat(events.seen).isEqualTo(IntStream.rangeClosed(1, 35_000)
                .mapToObj(i -> i + " IsA /c/en/w" + i + " /c/en/animal " + (double) i + " ").toList());
        assertThat(events.threads.stream().collect(Collectors.toSet())).containsExactly(Thread.currentThread().getName());
    }
}
