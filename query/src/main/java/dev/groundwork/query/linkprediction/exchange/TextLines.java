package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.NotFoundException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a UTF-8 text file a non-blank line at a time, with line numbers for error messages. */
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
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank()) {
                    line.accept(number, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " '" + file + "'", e);
        }
    }
}
