package dev.groundwork.graph.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test input with invalid UTF-8, written as text in which each {@code '\u0001'} stands for the byte 0xE9 (a lead
 * byte with no continuation: "café" in Latin-1, as real exports hold it). Stateless; thread-safe.
 *
 * <pre>{@code
 * byte[] content = BadUtf8.bytes("id,name\n1,caf\u0001\n");
 * ... hasMessage(file + ": not valid UTF-8 at byte offset " + BadUtf8.firstOffset(content));
 * }</pre>
 */
public final class BadUtf8 {
    /** The byte each {@code '\u0001'} becomes. */
    public static final byte BYTE = (byte) 0xE9;

    private BadUtf8() {
    }

    /** The UTF-8 bytes of {@code text}, each {@code '\u0001'} replaced by {@link #BYTE}. */
    public static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.write(b == 1 ? BYTE : b);
        }
        return out.toByteArray();
    }

    /** The offset of the first {@link #BYTE} in {@code content}; fails when there is none. */
    public static int firstOffset(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == BYTE) {
                return i;
            }
        }
        throw new AssertionError("no byte 0xE9 in the content");
    }
}
