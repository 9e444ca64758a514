package dev.groundwork.ingest.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, replacing each malformed or unmappable byte sequence with U+FFFD and counting them; the JDK's replacing
 * decoder does the same but cannot say how often it did.
 */
final class CountingUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private long replaced;

    CountingUtf8Reader(InputStream in) {
        this.in = in;
    }

    long replaced() {
        return replaced;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        // Decoding into our own buffer, never the caller's, so that a surrogate pair always fits.
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes at least one more character into {@code chars}; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && endOfInput) {
                    decoder.flush(chars);
                    return chars.position() > 0;
                }
                if (!endOfInput) {
                    fill();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    bytes.position(bytes.position() + result.length());
                    chars.put('\uFFFD');
                    replaced++;
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
