package dev.groundwork.api.graphql;

import dev.groundwork.graph.BadInputException;
import graphql.schema.DataFetchingEnvironment;

/** Checks of field arguments shared by the wirings; messages start with the argument's name. */
final class Arguments {
    /** The longest free text (question, search text) a field accepts, in characters. */
    static final int MAX_TEXT = 2000;

    private Arguments() {}

    /** A non-blank text argument of at most {@value #MAX_TEXT} characters. */
    static String text(DataFetchingEnvironment env, String name) {
        String value = env.getArgument(name);
        if (value == null || value.isBlank()) {
            throw new BadInputException(name + " must not be empty");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadInputException(name + " must be at most " + MAX_TEXT + " characters, got " + value.length());
        }
        return value;
    }

    /**
     * An optional integer argument between 1 and the limit set by {@code setting} ({@code groundwork.api.limits.*});
     * null when absent and the schema gives no default.
     */
    static Integer upTo(DataFetchingEnvironment env, String name, int limit, String setting) {
        Integer value = env.getArgument(name);
        if (value != null && (value < 1 || value > limit)) {
            throw new BadInputException(name + " must be between 1 and " + limit + " (" + setting + "), got " + value);
        }
        return value;
    }

    /** An integer argument between {@code min} and {@code max}. */
    static int between(DataFetchingEnvironment env, String name, int min, int max) {
        Integer value = env.getArgument(name);
        if (value == null || value < min || value > max) {
            throw new BadInputException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
