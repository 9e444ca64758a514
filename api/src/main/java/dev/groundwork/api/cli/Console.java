package dev.groundwork.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.graphql.ApiObjectMapper;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How commands print: a plain table for people, or exactly one JSON object on one line for scripts
 * ({@code --json}); anything else a command says goes to standard error.
 */
final class Console {
    /** The API's one Jackson mapper, the server's {@code @ApiJson} bean too: java.time values as ISO text. */
    static final ObjectMapper JSON = ApiObjectMapper.SHARED;

    private Console() {}

    /** Prints {@code value} as one line of JSON. */
    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result cannot be written as JSON: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** A record's (or bean's) JSON form as a mutable map, to add keys to before printing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> toMap(Object value) {
        return JSON.convertValue(value, LinkedHashMap.class);
    }

    /** Reads one JSON object (a report a runner returned as text). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("expected a JSON object, got: " + e.getOriginalMessage(), e);
        }
    }

    /** A value as compact JSON text, for table cells holding maps and lists. */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** Seconds since {@code startNanos} (a {@link System#nanoTime()} reading) to a tenth, as timed commands report them. */
    static double secondsSince(long startNanos) {
        return tenths((System.nanoTime() - startNanos) / 1e9);
    }

    /** {@code value} rounded to a tenth, as the JSON of the commands gives seconds and rates. */
    static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Prints rows under a header, columns padded to their widest cell (cells cut at 80 characters). */
    static void table(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (Map<String, Object> row : rows) {
            cells.add(columns.stream().map(c -> cut(text(row.get(c)))).toList());
        }
        int[] width = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                sb.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, width[i]) + "s", cells.get(r).get(i)));
            }
            out.println(sb.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(sb.toString().stripTrailing().length()));
            }
        }
        out.flush();
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
