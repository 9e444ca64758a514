package dev.groundwork.graph.testing;

import org.assertj.core.groups.Tuple;

/**
 * Expected rows written as a text table, one row a line and the cells split at {@code |} and trimmed, for AssertJ's
 * {@code extracting(...).containsExactly(...)}: a test extracts each value as the text it expects (an enum by its
 * name, a number by its digits), so a long list of expected tuples reads as a table. Stateless; thread-safe.
 *
 * <pre>{@code
 * assertThat(sections).extracting(s -> s.kind().name(), Section::title).containsExactly(Table.rows("""
 *         DESCRIPTION  |
 *         EXPECTED     | Expected result
 *         """));
 * }</pre>
 */
public final class Table {
    private Table() {
    }

    /** The rows of {@code table}, blank lines skipped; an empty last cell is the empty string. */
    public static Tuple[] rows(String table) {
        return table.lines().filter(line -> !line.isBlank())
                .map(line -> {
                    String[] cells = line.split("\\|", -1);
                    Object[] values = new Object[cells.length];
                    for (int i = 0; i < cells.length; i++) {
                        values[i] = cells[i].strip();
                    }
                    return Tuple.tuple(values);
                })
                .toArray(Tuple[]::new);
    }
}
