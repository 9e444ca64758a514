package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads tab-separated triple files (the ConvE / KBC benchmark layout). */
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
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Triple> triples = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    triples.add(parse(line, file, lineNumber));
                }
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triples file '" + file + "'", e);
        }
    }

    private static Triple parse(String line, Path file, int lineNumber) {
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
