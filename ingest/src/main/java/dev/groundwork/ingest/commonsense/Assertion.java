package dev.groundwork.ingest.commonsense;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One relationship read from a source: {@code head -[relation]-> tail} with its weight and the
 * dataset it came from, at {@code line} of its file.
 */
record Assertion(String relation, ConceptRef head, ConceptRef tail, double weight, String dataset, long line) {
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    Assertion {
        if (relation == null || !TYPE.matcher(relation).matches()) {
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

    /** A relation name usable as a relationship type: {@code /r/dbpedia/genre} becomes {@code dbpedia_genre}. */
    static String relationType(String raw) {
        String name = raw.startsWith("/r/") ? raw.substring(3) : raw;
        name = name.replaceAll("[^A-Za-z0-9_]", "_");
        // A loop, not replaceAll("_+$"): that regex takes time quadratic in a run of '_' (thousands of brackets in a fuzzed relation).
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
