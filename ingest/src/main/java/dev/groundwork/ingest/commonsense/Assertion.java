package dev.groundwork.ingest.commonsense;

import java.util.Objects;

/**
 * One relationship read from a source: {@code head -[relation]-> tail} with its weight and the
 * dataset it came from, at {@code line} of its file.
 */
record Assertion(String relation, ConceptRef head, ConceptRef tail, double weight, String dataset, long line) {
    Assertion {
        if (relation == null || !isType(relation)) {
            throw new IllegalArgumentException("relation must be a letter followed by letters, digits or '_', got '"
                    + relation + "'");
        }
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(tail, "tail");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number, got " + weight);
        }
        dataset = dataset == null ? "" : dataset;
    }

    /** Whether {@code s} is a letter followed by letters, digits or '_' (ASCII). */
    private static boolean isType(String s) {
        if (s.isEmpty() || !letter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!word(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean word(char c) {
        return letter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** A relation name usable as a relationship type: {@code /r/dbpedia/genre} becomes {@code dbpedia_genre}. */
    static String relationType(String raw) {
        String name = raw.startsWith("/r/") ? raw.substring(3) : raw;
        // Loops, not replaceAll: that compiled a regex on every line, and "_+$" takes time quadratic in a run
        // of '_' (thousands of brackets in a fuzzed relation). One '_' per code point, as the regex replaced.
        if (!isType(name)) {
            StringBuilder b = new StringBuilder(name.length());
            name.codePoints().forEach(c -> b.append(c < 0x80 && word((char) c) ? (char) c : '_'));
            name = b.toString();
        }
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '_') {
            end--;
        }
        name = name.substring(0, end);
        if (!name.isEmpty() && !Character.isLetter(name.charAt(0))) {
            name = "r_" + name;
        }
        return name;
    }
}
