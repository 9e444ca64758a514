package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTriplesTest {
    @TempDir
    Path dir;

    @Test
    void readsAllThreeSplitsAndSkipsBlankLines() throws IOException {
        write("a\tr\tb\n\nb\tr\tc\n", "a\ts\tc\n", "c\tr\ta");

        TripleSplits splits = TripleSplits.readDirectory(dir);

        assertThat(splits.train()).containsExactly(new Triple("a", "r", "b"), new Triple("b", "r", "c"));
        assertThat(splits.valid()).containsExactly(new Triple("a", "s", "c"));
        assertThat(splits.get(Split.TEST)).containsExactly(new Triple("c", "r", "a"));
    }

    @Test
    void lineWithTwoFieldsIsReportedWithFileAndLineNumber() throws IOException {
        write("a\tr\tb\nb\tr\tc\nb\tr\n", "", "");

        readingFails(dir, BadInputException.class)
                .hasMessage(dir.resolve("train.txt") + " line 3: expected head<TAB>relation<TAB>tail with 3 non-empty fields, got 2 field(s): 'b\\tr'");
    }

    @Test
    void lineWithAnEmptyFieldOrExtraFieldIsReported() throws IOException {
        write("a\tr\tb\n", "a\t\tb\n", "");

        readingFails(dir, BadInputException.class)
                .hasMessageStartingWith(dir.resolve("valid.txt") + " line 1: ");
        write("a\tr\tb\n", "", "a\tr\tb\tc\n");
        readingFails(dir, BadInputException.class)
                .hasMessageEndingWith("got 4 field(s): 'a\\tr\\tb\\tc'");
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedWithFileLineAndByteOffsetNotMergedByReplacement() throws IOException {
        // The attack: two entity names that differ only in invalid bytes would both decode to "caf\uFFFD" and merge.
        write("a\tr\tb\n", "", "");
        Files.write(dir.resolve("train.txt"), new byte[] {'a', '\t', 'r', '\t', 'b', '\n', 'c', 'a', 'f', (byte) 0xE9, '\t', 'r', '\t', 'x', '\n'});

        readingFails(dir, BadInputException.class)
                .hasMessage(dir.resolve("train.txt") + " line 2: expected UTF-8 text, got a line not valid UTF-8 at byte offset 9");
    }

    @Test
    void missingSplitFileIsNotFound() throws IOException {
        Files.writeString(dir.resolve("train.txt"), "a\tr\tb\n");

        readingFails(dir, NotFoundException.class)
                .hasMessage("triples file '" + dir.resolve("valid.txt") + "' does not exist; expected train.txt, valid.txt and test.txt in " + dir);
    }

    @Test
    void missingDirectoryIsNotFound() {
        Path missing = dir.resolve("nope");
        readingFails(missing, NotFoundException.class)
                .hasMessage("triples directory '" + missing + "' does not exist; expected a directory with train.txt, valid.txt and test.txt");
    }

    /** Reading {@code directory} fails with a {@code type}; the assertions on its message follow. */
    private static AbstractThrowableAssert<?, ? extends Throwable> readingFails(Path directory, Class<? extends Throwable> type) {
        return assertThatThrownBy(() -> TripleSplits.readDirectory(directory)).isInstanceOf(type);
    }

    private void write(String train, String valid, String test) throws IOException {
        Files.writeString(dir.resolve("train.txt"), train);
        Files.writeString(dir.resolve("valid.txt"), valid);
        Files.writeString(dir.resolve("test.txt"), test);
    }
}
