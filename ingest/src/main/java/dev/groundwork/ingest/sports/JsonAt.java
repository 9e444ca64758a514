package dev.groundwork.ingest.sports;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value with the file and JSON path it came from ({@code en.1.json: matches[3].score.ft}),
 * so that every complaint about it names where it is and what was expected. Immutable.
 */
record JsonAt(String file, String path, JsonNode node) {
    JsonAt {
        node = node == null ? MissingNode.getInstance() : node;
    }

    static JsonAt root(String file, JsonNode node) {
        return new JsonAt(file, "$", node);
    }

    /**
     * Reads {@code file} as JSON, named {@code name} in messages.
     *
     * @throws BadInputException naming the file and the line where the JSON stops being valid (also for a
     *     document nested deeper than Jackson allows, whose error carries no location of its own), or, for a file that
     *     is not valid UTF-8, the line and the byte offset ({@link #requireUtf8})
     */
    static JsonNode read(ObjectMapper json, Path file, String name) {
        try (Utf8Reader in = new Utf8Reader(Files.newInputStream(file)); JsonParser parser = json.createParser(in)) {
            JsonNode node;
            try {
                node = json.readTree(parser);
            } catch (JacksonException e) {
                // Invalid bytes, passed on as U+FFFD, are often what broke the syntax: then they are the error to name.
                requireUtf8(in, name);
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new BadInputException(name + ":" + at.getLineNr() + ": expected valid JSON, got: " + e.getOriginalMessage());
            }
            in.skipToEnd();
            requireUtf8(in, name);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /**
     * Sports input has no error budget, so under {@link Utf8Reader}'s rule a line that is not valid UTF-8 stops the
     * ingest: throws naming {@code name}, the line and the byte offset ({@code name:LINE: not valid UTF-8 at byte offset
     * N}, as {@link CsvRows} does) if any line read from {@code in} so far is one. Call it before a record read is used.
     */
    static void requireUtf8(Utf8Reader in, String name) {
        in.malformedIn(0, Long.MAX_VALUE).ifPresent(m -> {
            throw new BadInputException(name + ":" + m.line() + ": " + m.problem());
        });
    }

    JsonAt get(String field) {
        return new JsonAt(file, path + "." + field, node.path(field));
    }

    List<JsonAt> elements() {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw bad("an array");
        }
        List<JsonAt> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonAt(file, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** The text, or null when the value is absent, null or blank. */
    String optionalText() {
        if (!present()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw bad("a text value");
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    String text() {
        return required(optionalText(), "a value");
    }

    /** A whole number (a JSON number or a numeric string), or null when absent. */
    Integer optionalInt() {
        if (!present()) {
            return null;
        }
        if (node.canConvertToExactIntegral() && node.isIntegralNumber()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(node.asText().strip());
        }
        throw bad("a whole number");
    }

    int integer() {
        return required(optionalInt(), "a whole number");
    }

    /** {@code value}, which an optional reader gave; null (absent) is an error expecting {@code expected}. */
    private <T> T required(T value, String expected) {
        if (value == null) {
            throw bad(expected);
        }
        return value;
    }

    Double optionalNumber() {
        if (!present()) {
            return null;
        }
        if (!node.isNumber()) {
            throw bad("a number");
        }
        return node.asDouble();
    }

    BadInputException bad(String expected) {
        String got = node.isMissingNode() ? "missing" : "'" + abbreviate(node.toString()) + "'";
        return new BadInputException(file + ": " + path + " is " + got + ", expected " + expected);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
