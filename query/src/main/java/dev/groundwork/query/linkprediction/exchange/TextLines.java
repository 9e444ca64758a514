package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.Utf8Lines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file a non-blank line at a time, with line numbers for error messages, through
 * {@link Utf8Lines}: a line that is not valid UTF-8 stops the import naming the file, line and byte
 * offset (an embedding or id-map file has no room for a skipped record: every row is a vector).
 */
final class TextLines {
    /** What one line becomes. */
    @FunctionalInterface
    interface Line {
        void accept(int number, String text);
    }

    private TextLines() {}

    /**
     * @param what what the file is and holds, for the message when it is missing
     *     ({@code "id mapping file"}, {@code "expected id<TAB>name a line"})
     */
    static void forEach(Path file, String what, String expected, Line line) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(what + " '" + file + "' does not exist; " + expected);
        }
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            for (Utf8Lines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.malformed()) {
                    throw new BadInputException(file + " line " + l.number() + ": " + l.problem());
                }
                if (!l.text().isBlank()) {
                    line.accept(Math.toIntExact(l.number()), l.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " '" + file + "'", e);
        }
    }
}
