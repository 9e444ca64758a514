package dev.groundwork.graph.bulk;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one data file (or header file) in the CSV dialect {@code neo4j-admin database import} reads
 * with its defaults: comma-separated, UTF-8, every string quoted with {@code "} and inner quotes
 * doubled, so that an empty string stays an empty string while an unquoted empty field is no value
 * (the importer then sets no property). Numbers and booleans are written bare. Remembers whether any
 * string held a line break, which the importer only reads with {@code --multiline-fields=true}.
 *
 * <p>Not thread-safe; close it to flush.
 *
 * <pre>{@code
 * try (ImportCsv csv = ImportCsv.create(dir.resolve("concepts.csv"))) {
 *     csv.value(0L).string("/c/en/dog").none().endRow();
 * }
 * }</pre>
 */
public final class ImportCsv implements Closeable {
    private final Path path;
    private final Writer out;
    private boolean first = true;
    private boolean multiline;
    private long rows;

    private ImportCsv(Path path, Writer out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or replaces) the file. */
    public static ImportCsv create(Path path) {
        try {
            return new ImportCsv(path, new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                    1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot create the import file: " + e.getMessage(), e);
        }
    }

    /** Writes a header file: one line of column names such as {@code :ID}, {@code weight:double}. */
    public static void header(Path path, List<String> columns) {
        try (ImportCsv csv = create(path)) {
            for (String c : columns) {
                csv.raw(c);
            }
            csv.endRow();
        }
    }

    /** A string field, quoted; null is written as no value. */
    public ImportCsv string(String s) {
        if (s == null) {
            return none();
        }
        separate();
        write("\"");
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                // Written straight to the buffered writer, the quote doubled: no copy of the string per field.
                write(s, from, i + 1 - from);
                from = i;
            } else if (c == '\n' || c == '\r') {
                multiline = true;
            }
        }
        write(s, from, s.length() - from);
        write("\"");
        return this;
    }

    /** A number or boolean field, bare; null is written as no value. */
    public ImportCsv value(Object v) {
        return v == null ? none() : raw(String.valueOf(v));
    }

    /** A field with a long value, bare. */
    public ImportCsv value(long v) {
        return raw(Long.toString(v));
    }

    /** An empty field: the importer sets no property. */
    public ImportCsv none() {
        return raw("");
    }

    /** Ends the row. */
    public void endRow() {
        write("\n");
        first = true;
        rows++;
    }

    /** Rows written so far (a header file counts one). */
    public long rows() {
        return rows;
    }

    /** Whether a string held a line break: the import then needs {@code --multiline-fields=true}. */
    public boolean multiline() {
        return multiline;
    }

    public Path path() {
        return path;
    }

    private ImportCsv raw(String field) {
        separate();
        write(field);
        return this;
    }

    private void separate() {
        if (!first) {
            write(",");
        }
        first = false;
    }

    private void write(String s) {
        write(s, 0, s.length());
    }

    private void write(String s, int from, int length) {
        try {
            out.write(s, from, length);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write the import file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write the import file: " + e.getMessage(), e);
        }
    }
}
