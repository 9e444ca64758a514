package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;

import java.util.List;
import java.util.Map;

/**
 * One CSV record with its file and line, read by column name. Accessors check the value and throw
 * {@link BadInputException} naming file, line, column, value and what was expected. Immutable.
 */
record CsvRow(String file, int line, Map<String, Integer> columns, List<String> fields) {
    /** The Fjelstul database writes this where a value does not apply (no given name, no group). */
    static final String NOT_APPLICABLE = "not applicable";

    CsvRow {
        columns = Map.copyOf(columns);
        fields = List.copyOf(fields);
    }

    String text(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new BadInputException(file + ":" + line + ": expected a column '" + column + "', the header has " + columns.keySet());
        }
        return fields.get(i).strip();
    }

    /** The value, or null when it is empty or "not applicable". */
    String optional(String column) {
        String v = text(column);
        return v.isEmpty() || v.equals(NOT_APPLICABLE) ? null : v;
    }

    String required(String column) {
        String v = optional(column);
        if (v == null) {
            throw bad(column, "a value");
        }
        return v;
    }

    Integer integer(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw bad(column, "a whole number");
        }
    }

    boolean flag(String column) {
        return switch (text(column)) {
            case "1", "true", "TRUE" -> true;
            case "0", "false", "FALSE", "" -> false;
            default -> throw bad(column, "0 or 1");
        };
    }

    BadInputException bad(String column, String expected) {
        return new BadInputException(file + ":" + line + ": column " + column + " is '" + text(column) + "', expected " + expected);
    }

    /** Given and family name, or the family name alone for mononymous players (the source leaves the given name "not applicable"). */
    String person() {
        String given = optional("given_name");
        String family = required("family_name");
        return given == null ? family : given + " " + family;
    }
}
