package dev.groundwork.ingest.tickets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A CSV header: where each column name sits, names that repeat (as Jira's export repeats them) holding several columns. */
final class CsvHeader {
    private final Map<String, List<Integer>> columns = new HashMap<>();
    private final int size;

    CsvHeader(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            columns.computeIfAbsent(names.get(i).strip(), k -> new ArrayList<>()).add(i);
        }
        size = names.size();
    }

    int size() {
        return size;
    }

    boolean has(List<String> candidates) {
        return candidates.stream().anyMatch(columns::containsKey);
    }

    /** The first non-blank value among the columns of the first candidate name present, or "". */
    String first(List<String> fields, List<String> candidates) {
        return all(fields, candidates).stream().findFirst().orElse("");
    }

    /** Every non-blank value in the columns of the first candidate name present. */
    List<String> all(List<String> fields, List<String> candidates) {
        for (String name : candidates) {
            List<Integer> at = columns.get(name);
            if (at != null) {
                return at.stream().map(fields::get).filter(v -> !v.isBlank()).toList();
            }
        }
        return List.of();
    }

    /**
     * The values, split as by {@link #split}, of every column whose name {@code name} accepts, by column name in the order
     * the names first appear in the header.
     */
    Map<String, List<String>> splitWhere(List<String> fields, Predicate<String> name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        columns.entrySet().stream()
                .filter(e -> name.test(e.getKey()))
                .sorted(Comparator.comparing(e -> e.getValue().get(0)))
                .forEach(e -> out.put(e.getKey(), split(fields, List.of(e.getKey()))));
        return out;
    }

    /** Like {@link #all}, each value also split at commas, as list fields are sometimes joined in one cell. */
    List<String> split(List<String> fields, List<String> candidates) {
        return all(fields, candidates).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
