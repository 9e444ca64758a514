package dev.groundwork.graph.csv;

import dev.groundwork.graph.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A streaming RFC 4180 reader on Apache Commons CSV: comma-separated fields (or another delimiter, {@link #delimiterOf}), quoted fields that may hold commas, doubled
 * quotes and line breaks (kept as they are, CRLF included), records ended by LF, CRLF or CR. Only one record is in memory
 * at a time, so a file larger than memory can be read.
 *
 * <p>Records are numbered from 1, or from 0 for a header (see {@link #open}), and carry the physical line they start on.
 * A byte-order mark at the start is dropped and blank lines are skipped. A malformed record (text after a closing quote,
 * a quote left open at the end of the file) throws a {@link BadInputException} naming the source, record and line and
 * what was expected; the reader has then moved past the bad line, so a caller that tolerates errors may call
 * {@link #next()} again.
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
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    // Commons CSV names these in its messages only; the numbers are read back to name the line and the character.
    private static final Pattern OPEN_AT_END = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token finished");
    private static final Pattern AFTER_QUOTE = Pattern.compile("Invalid character between encapsulated token and delimiter.*position: ([\\d,]+)");

    private final Lines lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String source;
    private long number;
    private long lastLine;
    private long position;
    /** After a malformed record, records that start on or before this line are the rest of the bad line. */
    private long skipThroughLine;

    private CsvReader(Reader in, String source, boolean header, char delimiter) {
        this.lines = new Lines(in);
        this.source = source;
        this.number = header ? -1 : 0;
        try {
            CSVFormat format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
            this.parser = CSVParser.builder().setReader(lines).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        this.records = parser.iterator();
    }

    /**
     * Reads CSV from {@code in}; {@code source} names it (usually the file) in error messages. With {@code header}, the
     * first record is numbered 0, so that record numbers count data rows.
     */
    public static CsvReader open(Reader in, String source, boolean header) {
        return new CsvReader(in, source, header, ',');
    }

    /** Like {@link #open(Reader, String, boolean)}, the fields separated by {@code delimiter} (see {@link #delimiterOf}). */
    public static CsvReader open(Reader in, String source, boolean header, char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or a line break, got " + (int) delimiter);
        }
        return new CsvReader(in, source, header, delimiter);
    }

    /**
     * The field separator of the CSV file whose first line is {@code firstLine}: whichever of comma, semicolon and tab it
     * holds most outside quotes, a comma on a tie or when it holds none. Spreadsheets in many European locales save
     * "CSV" with semicolons, and some trackers export tab-separated files.
     */
    public static char delimiterOf(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /** {@link #delimiterOf} the first line of {@code file} (its first 64 KiB at most, read as Latin-1: the separators are ASCII). */
    public static char delimiterOf(Path file) throws IOException {
        byte[] head = new byte[64 * 1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return delimiterOf(end < 0 ? text : text.substring(0, end));
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        while (true) {
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    position = lines.bom + lines.read;
                    return Optional.empty();
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                throw malformed(e);
            }
            // The parser's position of a record is where it started looking, before the blank lines it skipped.
            long line = lines.firstNonBlankAfter(lines.lineOf(r.getCharacterPosition()) - 1);
            long last = line;
            for (String field : r) {
                last += lineBreaks(field);
            }
            lastLine = last;
            position = lines.bom + lines.startOf(last + 1);
            if (line > skipThroughLine) {
                return Optional.of(new CsvRecord(++number, line, r.toList()));
            }
        }
    }

    private static int lineBreaks(String field) {
        int n = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private RuntimeException malformed(UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException csv)) {
            return new UncheckedIOException("cannot read " + source + " after line " + lastLine, e.getCause());
        }
        long startLine = lines.firstNonBlankAfter(lastLine);
        long recordNumber = ++number;
        String message = String.valueOf(csv.getMessage());
        Matcher open = OPEN_AT_END.matcher(message);
        if (open.find()) {
            position = lines.bom + lines.read;
            return bad(recordNumber, startLine, "a closing quote for the field opened at line " + parse(open.group(1))
                    + ", got the end of the file");
        }
        Matcher after = AFTER_QUOTE.matcher(message);
        if (after.find()) {
            long at = parse(after.group(1)) - 1;
            // The parser passes blanks after a closing quote before it complains; the first character after the quote is named.
            while (at > 0 && (lines.charAt(at - 1) == ' ' || lines.charAt(at - 1) == '\t')) {
                at--;
            }
            long badLine = lines.lineOf(at);
            skipThroughLine = badLine;
            lastLine = badLine;
            position = lines.bom + lines.startOf(badLine + 1);
            return bad(recordNumber, startLine, "a comma or line end after the closing quote on line " + badLine + ", got '"
                    + lines.charAt(at) + "'");
        }
        return bad(recordNumber, startLine, "a well-formed RFC 4180 record, got: " + message);
    }

    private static long parse(String number) {
        return Long.parseLong(number.replace(",", ""));
    }

    /**
     * How many characters the reader has consumed: read before and after {@link #next()}, it gives the record's
     * characters (through its line end), for a caller that checks them against where its input was not valid (see
     * {@link dev.groundwork.graph.file.Utf8Reader#malformedIn}).
     */
    public long position() {
        return position;
    }

    private BadInputException bad(long recordNumber, long startLine, String expected) {
        return new BadInputException(source + " record " + recordNumber + " (line " + startLine + "): expected " + expected);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source, e);
        }
    }

    /**
     * The reader under the parser: drops a byte-order mark, and remembers where the lines still ahead of the parser start
     * (the parser reads ahead in blocks, so its own count is not where a record ends) and the last characters read.
     * Offsets count the characters passed to the parser, so without the byte-order mark.
     */
    private static final class Lines extends Reader {
        private static final int RECENT = 1 << 16;

        private final Reader in;
        private final char[] recent = new char[RECENT];
        /** Start offsets of lines {@code first}, {@code first + 1}, ...; and whether each holds any character. */
        private final ArrayDeque<Long> starts = new ArrayDeque<>();
        private final ArrayDeque<Boolean> blank = new ArrayDeque<>();
        private long first = 1;
        private long read;
        private int bom = -1;
        private boolean pendingCr;

        Lines(Reader in) {
            this.in = in;
            starts.add(0L);
            blank.add(true);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (bom < 0 && n > 0) {
                bom = buffer[offset] == '\uFEFF' ? 1 : 0;
                if (bom == 1) {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            if (n < 0) {
                bom = Math.max(bom, 0);
                if (pendingCr) {
                    pendingCr = false;
                    newLine(read);
                }
                return n;
            }
            for (int i = 0; i < n; i++) {
                char c = buffer[offset + i];
                long at = read + i;
                recent[(int) (at % RECENT)] = c;
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        newLine(at + 1);
                        continue;
                    }
                    newLine(at);
                }
                if (c == '\r') {
                    pendingCr = true;
                } else if (c == '\n') {
                    newLine(at + 1);
                } else if (blank.peekLast()) {
                    blank.pollLast();
                    blank.addLast(false);
                }
            }
            read += n;
            return n;
        }

        private void newLine(long start) {
            starts.addLast(start);
            blank.addLast(true);
        }

        /** The line holding the character at {@code offset}; lines before it are forgotten (offsets only grow). */
        long lineOf(long offset) {
            while (starts.size() > 1 && second(starts) <= offset) {
                starts.pollFirst();
                blank.pollFirst();
                first++;
            }
            return first;
        }

        /** Where {@code line} starts, or the end of what was read when it does not (yet) exist. */
        long startOf(long line) {
            long i = line - first;
            if (i < 0 || i >= starts.size()) {
                return read;
            }
            var it = starts.iterator();
            long start = it.next();
            for (long k = 0; k < i; k++) {
                start = it.next();
            }
            return start;
        }

        /** The first line after {@code line} that holds a character, or the line after it when none is known. */
        long firstNonBlankAfter(long line) {
            long l = first;
            var it = blank.iterator();
            while (it.hasNext()) {
                boolean isBlank = it.next();
                if (l > line && !isBlank) {
                    return l;
                }
                l++;
            }
            return Math.max(line + 1, first);
        }

        char charAt(long offset) {
            return offset >= 0 && offset < read && read - offset <= RECENT ? recent[(int) (offset % RECENT)] : '?';
        }

        private static long second(ArrayDeque<Long> deque) {
            var it = deque.iterator();
            it.next();
            return it.next();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
