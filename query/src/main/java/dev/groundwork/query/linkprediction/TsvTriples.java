package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.Utf8Lines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tab-separated triple files (the ConvE / KBC benchmark layout) through {@link Utf8Lines}: a line that is not
 * valid UTF-8 is an error naming the file, the line and the byte offset.
 */
final class TsvTriples {
    private TsvTriples() {}

    static TripleSplits readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new NotFoundException("triples directory '" + directory + "' does not exist; expected a directory with train.txt, valid.txt and test.txt");
        }
        return new TripleSplits(
                readFile(directory.resolve("train.txt")),
                readFile(directory.resolve("valid.txt")),
                readFile(directory.resolve("test.txt")));
    }

    static List<Triple> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("triples file '" + file + "' does not exist; expected train.txt, valid.txt and test.txt in " + file.getParent());
        }
        // Utf8Lines, the one way lines are read: a line that is not UTF-8 is refused with its byte offset, never merged
        // onto another entity's name by replacement characters; an evaluation split has no error budget, so it stops.
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            List<Triple> triples = new ArrayList<>();
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.malformed()) {
                    throw new BadInputException(file + " line " + line.number() + ": expected UTF-8 text, got a line "
                            + line.problem());
                }
                if (!line.text().isBlank()) {
                    triples.add(parse(line.text(), file, line.number()));
                }
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triples file '" + file + "'", e);
        }
    }

    private static Triple parse(String line, Path file, long lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[0].isEmpty() || fields[1].isEmpty() || fields[2].isEmpty()) {
            throw new BadInputException(file + " line " + lineNumber + ": expected head<TAB>relation<TAB>tail with 3 non-empty fields, got "
                    + fields.length + " field(s): '" + abbreviate(line) + "'");
        }
        return new Triple(fields[0], fields[1], fields[2]);
    }

    private static String abbreviate(String line) {
        String shown = line.replace("\t", "\\t");
        return shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
    }
}
