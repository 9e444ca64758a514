package dev.groundwork.ingest.tickets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A CSV header: where each column name sits, names that repeat (as Jira's export repeats them) holding several columns. */
final class CsvHeader {
    /** Column indexes by name, the names compared ignoring case (trackers spell "Issue id", "Issue ID", "issue_id"). */
    private final Map<String, List<Integer>> columns = new HashMap<>();
    private final List<String> names;

    CsvHeader(List<String> names) {
        this.names = names.stream().map(String::strip).toList();
        for (int i = 0; i < names.size(); i++) {
            columns.computeIfAbsent(fold(this.names.get(i)), k -> new ArrayList<>()).add(i);
        }
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    int size() {
        return names.size();
    }

    /** The column names as the header has them. */
    List<String> names() {
        return names;
    }

    /** The first of {@code candidates} the header has, as the candidate spells it. */
    Optional<String> present(List<String> candidates) {
        return candidates.stream().filter(c -> columns.containsKey(fold(c))).findFirst();
    }

    /** The first non-blank value among the columns of the first candidate name present, or "". */
    String first(List<String> fields, List<String> candidates) {
        return all(fields, candidates).stream().findFirst().orElse("");
    }

    /** Every non-blank value in the columns of the first candidate name present. */
    List<String> all(List<String> fields, List<String> candidates) {
        for (String name : candidates) {
            List<Integer> at = columns.get(fold(name));
            if (at != null) {
                return at.stream().map(fields::get).filter(v -> !v.isBlank()).toList();
            }
        }
        return List.of();
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
