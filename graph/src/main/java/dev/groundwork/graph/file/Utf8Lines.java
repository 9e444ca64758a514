package dev.groundwork.graph.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one way Groundwork reads line-oriented UTF-8 input: each line ({@code \n} or {@code \r\n})
 * is decoded strictly, and a line that is not valid UTF-8 comes back as a malformed {@link Line}
 * that names its first bad byte's offset, never with replacement characters (two different bad
 * names must not merge onto one key). Callers treat a malformed line as a malformed record: counted
 * and skipped within {@code --max-errors}, otherwise an error naming the file, the line and the byte
 * offset ({@link Line#problem()}). Offsets count bytes of the decoded stream (after gunzip). A byte-order mark
 * at the start of the stream is left out of the first line's text.
 *
 * <p>Not thread-safe. Lifetime: one pass over one stream; closing closes the stream.
 *
 * <pre>{@code
 * try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
 *     for (Utf8Lines.Line l = lines.next(); l != null; l = lines.next()) {
 *         if (l.malformed()) { sink.badRecord(l.number(), l.problem()); continue; }
 *         parse(l.text());
 *     }
 * }
 * }</pre>
 */
public final class Utf8Lines implements AutoCloseable {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long number;
    private long offset;
    private boolean ended;
    private int length;
    private String terminator = "";

    /**
     * One line.
     *
     * @param number its number, from 1
     * @param startOffset the byte offset of its first byte in the stream
     * @param text its text without the line break, or null if it is malformed
     * @param badByteOffset the byte offset in the stream of its first invalid byte, or -1
     */
    public record Line(long number, long startOffset, String text, long badByteOffset) {
        /** Whether the line is not valid UTF-8. */
        public boolean malformed() {
            return badByteOffset >= 0;
        }

        /** What is wrong with a malformed line, for a message that names the file and line before it. */
        public String problem() {
            return "not valid UTF-8 at byte offset " + badByteOffset;
        }
    }

    public Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        long start = offset;
        boolean found = false;
        while (!found) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            length = append(length, end - position);
            offset += end - position;
            found = end < limit;
            position = found ? end + 1 : end;
            if (found) {
                offset++;
            }
        }
        terminator = found ? "\n" : "";
        if (length > 0 && line[length - 1] == '\r') {
            length--;
            terminator = "\r" + terminator;
        }
        number++;
        this.length = length;
        return decode(start, length);
    }

    /** The line break that ended the last line exactly as it was ("\n", "\r\n", or "" at the end of the stream). */
    public String terminator() {
        return terminator;
    }

    /** The last line's text with each invalid sequence replaced by U+FFFD, for a reader that must keep its place. */
    String replacedText() {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    private int append(int length, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, position, line, length, count);
        return length + count;
    }

    private Line decode(long start, int length) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Line(number, start, null, start + bytes.position());
        }
        String text = chars.flip().toString();
        return new Line(number, start, number == 1 ? withoutByteOrderMark(text) : text, -1);
    }

    /**
     * {@code text} without the byte-order mark that Windows editors write at the start of UTF-8 files: the mark
     * belongs to no line, field or column name. For text read whole; a {@code Utf8Lines} strips it from line 1 itself.
     */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
