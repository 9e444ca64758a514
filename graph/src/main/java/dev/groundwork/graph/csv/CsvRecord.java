package dev.groundwork.graph.csv;

import java.util.List;

/**
 * One record of a CSV file: its fields, its position among the records (1-based; a header, when the reader was told of one,
 * is record 0) and the 1-based physical line it starts on, which differs from the record number as soon as a quoted field
 * spans lines.
 */
public record CsvRecord(long number, long line, List<String> fields) {
    public CsvRecord {
        if (number < 0 || line < 1) {
            throw new IllegalArgumentException("record number must be 0 or more and line 1 or more, got " + number + " and " + line);
        }
        fields = List.copyOf(fields);
    }
}
