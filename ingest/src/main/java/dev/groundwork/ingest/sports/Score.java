package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goals of the two sides of a match, as sources write them: a JSON pair {@code [4, 1]} or
 * text with any dash or colon, {@code 4–1}, {@code 4-1}, {@code 4 : 1}.
 *
 * @param first goals of the first-named (home) side, at least 0
 * @param second goals of the second-named (away) side, at least 0
 */
record Score(int first, int second) {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,2})\\s*[-–—−:]\\s*(\\d{1,2})");

    Score {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("goals must not be negative, got " + first + "-" + second);
        }
    }

    /** Parses {@code text}; {@code where} names the file and line or path for the error message. */
    static Score parse(String text, String where) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException(where + " is '" + text + "', expected a score such as 4–1 or 4-1");
        }
        return new Score(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Reads a pair {@code [a, b]} or a score text at {@code value}; null when the value is absent. */
    static Score read(JsonAt value) {
        if (!value.present()) {
            return null;
        }
        if (value.node().isTextual()) {
            return parse(value.node().asText(), value.file() + ": " + value.path());
        }
        var pair = value.elements();
        if (pair.size() != 2) {
            throw value.bad("a pair of goals such as [4, 1]");
        }
        int a = pair.get(0).integer();
        int b = pair.get(1).integer();
        if (a < 0 || b < 0) {
            throw value.bad("goals of at least 0");
        }
        return new Score(a, b);
    }
}
