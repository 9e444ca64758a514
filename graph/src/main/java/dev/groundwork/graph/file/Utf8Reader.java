package dev.groundwork.graph.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * {@link Utf8Lines}' rule for parsers that need characters rather than lines (CSV, whose quoted fields span lines, and
 * JSON): the text is passed on unchanged, line breaks included, and where a line is not valid UTF-8 its bad bytes are
 * passed as U+FFFD only so that the parser keeps its place. The reader remembers each such line, and the parser asks
 * {@link #malformedIn} whether the characters of the record it just read touch one; such a record is a malformed record
 * (counted and skipped within {@code --max-errors}, otherwise an error naming the file, the line and the byte offset),
 * so no replacement character of Groundwork's making reaches the graph.
 *
 * <p>Not thread-safe. Lifetime: one pass over one stream; closing closes the stream.
 *
 * <pre>{@code
 * try (Utf8Reader in = new Utf8Reader(Files.newInputStream(file)); CsvReader csv = CsvReader.open(in, name, true)) {
 *     long from = csv.position();
 *     Optional<CsvRecord> r = csv.next();
 *     Optional<Utf8Reader.Malformed> bad = in.malformedIn(from, csv.position());
 *     if (bad.isPresent()) { sink.badRecord(name + " line " + bad.get().line() + ": " + bad.get().problem()); }
 * }
 * }</pre>
 */
public final class Utf8Reader extends Reader {
    private final Utf8Lines lines;
    private final ArrayDeque<Malformed> malformed = new ArrayDeque<>();
    private String current = "";
    private int position;
    private long currentStart;

    /**
     * A line that is not valid UTF-8, with the characters the reader passed for it.
     *
     * @param line its line number, from 1
     * @param byteOffset the byte offset of its first invalid byte
     * @param fromChar the offset of its first character in what the reader passed
     * @param toChar the offset after its last character (its line break included)
     */
    public record Malformed(long line, long byteOffset, long fromChar, long toChar) {
        /** What is wrong, for a message that names the file before it. */
        public String problem() {
            return "not valid UTF-8 at byte offset " + byteOffset;
        }
    }

    public Utf8Reader(InputStream in) {
        this.lines = new Utf8Lines(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length()) {
            if (!nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private boolean nextLine() throws IOException {
        Utf8Lines.Line l = lines.next();
        if (l == null) {
            return false;
        }
        currentStart += current.length();
        String text = l.malformed() ? lines.replacedText() : l.text();
        current = text + lines.terminator();
        position = 0;
        if (l.malformed()) {
            malformed.add(new Malformed(l.number(), l.badByteOffset(), currentStart, currentStart + current.length()));
        }
        return true;
    }

    /**
     * The first malformed line that overlaps the characters {@code [fromChar, toChar)}, if any. Records are asked about
     * in order: lines that end before {@code fromChar} are forgotten.
     */
    public Optional<Malformed> malformedIn(long fromChar, long toChar) {
        while (!malformed.isEmpty() && malformed.peekFirst().toChar() <= fromChar) {
            malformed.pollFirst();
        }
        Malformed first = malformed.peekFirst();
        return first != null && first.fromChar() < toChar ? Optional.of(first) : Optional.empty();
    }

    /**
     * Every malformed line that lies wholly within the characters {@code [fromChar, toChar)}, in order, each forgotten
     * once returned so that it is reported once: the lines between two records, in a file's envelope (a JSON object
     * around the record array) or after the last record, which no record's check would see. Lines that end before
     * {@code fromChar} are forgotten too.
     */
    public java.util.List<Malformed> takeMalformedWithin(long fromChar, long toChar) {
        java.util.List<Malformed> within = new java.util.ArrayList<>();
        while (!malformed.isEmpty() && malformed.peekFirst().toChar() <= fromChar) {
            malformed.pollFirst();
        }
        while (!malformed.isEmpty() && malformed.peekFirst().fromChar() >= fromChar && malformed.peekFirst().toChar() <= toChar) {
            within.add(malformed.pollFirst());
        }
        return within;
    }

    /** Reads to the end of the stream, so that the lines a parser stopped short of are checked too. */
    public void skipToEnd() throws IOException {
        while (position < current.length() || nextLine()) {
            position = current.length();
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
