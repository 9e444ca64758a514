package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain embedding table: one {@code name<TAB>v1<TAB>v2 ...} line per entity or relation (the
 * values separated by tabs or spaces), which any trainer can write (PyKEEN, a notebook). Every row
 * must have the same number of values.
 */
final class EmbeddingTsv {
    /** The names in file order and their rows, row-major. */
    record Table(List<String> names, int width, float[] values) {}

    private EmbeddingTsv() {}

    static Table read(Path file) {
        List<String> names = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        TextLines.forEach(file, "embedding file", "expected name<TAB>values a line", (line, text) -> {
            int tab = text.indexOf('\t');
            if (tab <= 0) {
                throw new BadInputException(file + " line " + line + ": expected name<TAB>values, found no tab after a name");
            }
            String[] fields = text.substring(tab + 1).strip().split("[\t ]+");
            float[] row = new float[fields.length];
            for (int i = 0; i < fields.length; i++) {
                try {
                    row[i] = Float.parseFloat(fields[i]);
                } catch (NumberFormatException e) {
                    throw new BadInputException(file + " line " + line + ": value " + (i + 1) + " is '" + fields[i] + "', expected a number");
                }
                if (!Float.isFinite(row[i])) {
                    throw new BadInputException(file + " line " + line + ": value " + (i + 1) + " is " + fields[i]
                            + ", expected a finite number");
                }
            }
            if (!rows.isEmpty() && row.length != rows.getFirst().length) {
                throw new BadInputException(file + " line " + line + ": " + row.length + " values, expected " + rows.getFirst().length
                        + " as on the first line");
            }
            names.add(text.substring(0, tab));
            rows.add(row);
        });
        if (rows.isEmpty()) {
            throw new BadInputException("embedding file '" + file + "' holds no rows");
        }
        int width = rows.getFirst().length;
        float[] values = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * width, width);
        }
        return new Table(names, width, values);
    }
}
