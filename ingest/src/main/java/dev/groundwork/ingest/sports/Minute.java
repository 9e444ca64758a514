package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A match minute as sources write it: {@code 19'}, {@code 90+3'}, {@code 90'+3'}, {@code 45 + 2}, {@code 120}, {@code 69' (penalty.)} (a note in brackets is dropped).
 *
 * @param regulation the minute of regulation (or extra) time, 1 to 130
 * @param stoppage minutes of stoppage time added, 0 if none
 */
record Minute(int regulation, int stoppage) {
    private static final Pattern LABEL = Pattern.compile("(\\d{1,3})\\s*['’]?\\s*(?:\\+\\s*(\\d{1,2}))?\\s*['’]?(?:\\s*\\(.*\\))?");

    Minute {
        if (regulation < 0 || regulation > 130 || stoppage < 0 || stoppage > 30) {
            throw new IllegalArgumentException("minute must be 0-130 plus 0-30 of stoppage time, got " + regulation + "+" + stoppage);
        }
    }

    /** Parses {@code text}; {@code where} names the file, line and column for the error message. */
    static Minute parse(String text, String where) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException(where + " is '" + text + "', expected a minute such as 19' or 90+3'");
        }
        int regulation = Integer.parseInt(m.group(1));
        int stoppage = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (regulation > 130 || stoppage > 30) {
            throw new BadInputException(where + " is '" + text + "', expected a minute of at most 130 plus at most 30 of stoppage time");
        }
        return new Minute(regulation, stoppage);
    }

    String label() {
        return stoppage == 0 ? regulation + "'" : regulation + "+" + stoppage + "'";
    }
}
