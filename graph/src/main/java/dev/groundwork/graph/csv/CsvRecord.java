package dev.groundwork.graph.csv;

import java.util.List;

/**
 * One record of a CSV file: its fields, its 1-based position among all records (the header, if any, is record 1) and the
 * physical line it starts on, which differs from the record number as soon as a quoted field spans lines.
 */
public record CsvRecord(long number, long line, List<String> fields) {
    public CsvRecord {
        if (number < 1 || line < 1) {
            throw new IllegalArgumentException("record number and line are 1-based, got " + number + " and " + line);
        }
        fields = List.copyOf(fields);
    }
}
