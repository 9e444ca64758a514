package dev.groundwork.graph.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * Encodes UTF-8 itself into a byte buffer (ASCII, nearly all of a concept graph, one byte per char without a
 * call per char): the bulk load writes hundreds of megabytes through it on one thread.
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
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private boolean first = true;
    private boolean multiline;
    private long rows;

    private ImportCsv(Path path, OutputStream out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or replaces) the file. */
    public static ImportCsv create(Path path) {
        try {
            return new ImportCsv(path, Files.newOutputStream(path));
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
        ascii('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ascii(c);
                if (c == '"') {
                    ascii('"');
                } else if (c == '\n' || c == '\r') {
                    multiline = true;
                }
            } else {
                // A run of non-ASCII chars (surrogate pairs kept together) through the JDK's encoder.
                int end = i + 1;
                while (end < s.length() && s.charAt(end) >= 0x80) {
                    end++;
                }
                bytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        ascii('"');
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

    /** Writes {@code s}, which holds only ASCII chars (column names, numbers, run ids). */
    private void write(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                bytes(s.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            ascii(c);
        }
    }

    private void ascii(char c) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
    }

    private void bytes(byte[] b) {
        for (byte x : b) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = x;
        }
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
            used = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write the import file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write the import file: " + e.getMessage(), e);
        }
    }
}
