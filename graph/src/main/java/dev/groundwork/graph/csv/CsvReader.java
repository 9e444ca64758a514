package dev.groundwork.graph.csv;

import dev.groundwork.graph.BadInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 reader: comma-separated fields, quoted fields that may hold commas, doubled quotes and line breaks,
 * records ended by LF or CRLF. Only one record is in memory at a time, so a file larger than memory can be read.
 *
 * <p>Records are numbered from 1, or from 0 for a header (see {@link #open}). A byte-order mark at the start is dropped and blank lines are skipped. A malformed record (text after a closing quote,
 * a quote left open at the end of the file) throws a {@link BadInputException} naming the source, record and line; the
 * reader has then moved past the bad line, so a caller that tolerates errors may call {@link #next()} again.
 *
 * <p>Not thread-safe; one instance reads one source once. Closing it closes the underlying reader.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(Files.newBufferedReader(path), path.toString(), true)) {
 *     for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
 *         System.out.println(r.get().fields());
 *     }
 * }
 * }</pre>
 */
public final class CsvReader implements Closeable {
    private static final int EOF = -1;

    private final BufferedReader in;
    private final String source;
    private long line = 1;
    private long records;
    private long position;
    private boolean started;

    private CsvReader(Reader in, String source, boolean header) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.source = source;
        this.records = header ? -1 : 0;
    }

    /**
     * Reads CSV from {@code in}; {@code source} names it (usually the file) in error messages. With {@code header}, the
     * first record is numbered 0, so that record numbers count data rows.
     */
    public static CsvReader open(Reader in, String source, boolean header) {
        return new CsvReader(in, source, header);
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        try {
            skipByteOrderMark();
            while (true) {
                int c = read();
                if (c == EOF) {
                    return Optional.empty();
                }
                if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    continue;
                }
                return Optional.of(readRecord(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " at line " + line, e);
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (started) {
            return;
        }
        started = true;
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        } else {
            position++;
        }
    }

    private CsvRecord readRecord(int first) throws IOException {
        long startLine = line;
        long number = ++records;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = first;
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = readQuoted(field, number, startLine);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == EOF) {
                endOfLine(c);
                fields.add(field.toString());
                return new CsvRecord(number, startLine, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's content after its opening quote and returns the character after the closing quote. */
    private int readQuoted(StringBuilder field, long number, long startLine) throws IOException {
        long openedAt = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw bad(number, startLine, "a closing quote for the field opened at line " + openedAt + ", got the end of the file");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return checkAfterQuote(after, number, startLine);
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
    }

    private int checkAfterQuote(int c, long number, long startLine) throws IOException {
        if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
            return c;
        }
        long badLine = line;
        skipRestOfLine(c);
        throw bad(number, startLine, "a comma or line end after the closing quote on line " + badLine + ", got '" + (char) c + "'");
    }

    private void skipRestOfLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        endOfLine(c);
    }

    private void endOfLine(int c) throws IOException {
        if (c == EOF) {
            return;
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        in.mark(1);
        int c = in.read();
        in.reset();
        return c;
    }

    private int read() throws IOException {
        int c = in.read();
        if (c != EOF) {
            position++;
        }
        return c;
    }

    /**
     * How many characters the reader has consumed: read before and after {@link #next()}, it gives the record's
     * characters, for a caller that checks them against where its input was not valid (see
     * {@link dev.groundwork.graph.file.Utf8Reader#malformedIn}).
     */
    public long position() {
        return position;
    }

    private BadInputException bad(long number, long startLine, String expected) {
        return new BadInputException(source + " record " + number + " (line " + startLine + "): expected " + expected);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source, e);
        }
    }
}
