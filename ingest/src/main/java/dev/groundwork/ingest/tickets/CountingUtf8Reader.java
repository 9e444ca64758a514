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
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                return flush(out, offset);
            }
            if (!endOfInput) {
                fill();
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                out.put('\uFFFD');
                replaced++;
            }
        }
        return out.position() - offset;
    }

    private int flush(CharBuffer out, int offset) {
        decoder.flush(out);
        int n = out.position() - offset;
        return n == 0 ? -1 : n;
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
