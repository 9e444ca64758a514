package dev.groundwork.graph.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
    private static List<Utf8Lines.Line> lines(byte[] bytes) throws IOException {
        List<Utf8Lines.Line> out = new ArrayList<>();
        try (Utf8Lines in = new Utf8Lines(new ByteArrayInputStream(bytes))) {
            for (Utf8Lines.Line l = in.next(); l != null; l = in.next()) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndCarriageReturnNewlinesKeepingMultiByteCharacters() throws IOException {
        List<Utf8Lines.Line> l = lines("caf\u00e9\r\n\u6f22\u5b57 \uD83D\uDE00\n\nlast".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(l).extracting(Utf8Lines.Line::text).containsExactly("caf\u00e9", "\u6f22\u5b57 \uD83D\uDE00", "", "last");
        assertThat(l).extracting(Utf8Lines.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(l).extracting(Utf8Lines.Line::startOffset).containsExactly(0L, 7L, 19L, 20L);
        assertThat(l).noneMatch(Utf8Lines.Line::malformed);
    }

    @Test
    void aByteOrderMarkAtTheStartBelongsToNoLine() throws IOException {
        List<Utf8Lines.Line> l = lines("\uFEFFa\tr\tb\r\n\uFEFFc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Only the stream's first character is a mark; one later is text.
        assertThat(l).extracting(Utf8Lines.Line::text).containsExactly("a\tr\tb", "\uFEFFc");
        assertThat(l).extracting(Utf8Lines.Line::startOffset).containsExactly(0L, 10L);
    }

    @Test
    void aLineWithAnInvalidByteIsMalformedAtThatByteAndTheNextLineIsFine() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', 'a', (byte) 0xC3, '(', '\n', 'f', 'i', 'n', 'e'};
        List<Utf8Lines.Line> l = lines(bytes);
        assertThat(l.get(1).malformed()).isTrue();
        assertThat(l.get(1).text()).isNull();
        assertThat(l.get(1).problem()).isEqualTo("not valid UTF-8 at byte offset 5");
        assertThat(l.get(2).text()).isEqualTo("fine");
    }

    @Test
    void aTruncatedSequenceAtTheEndAndAnOverlongEncodingAreMalformed() throws IOException {
        assertThat(lines(new byte[] {'x', (byte) 0xE2, (byte) 0x82}).getFirst().badByteOffset()).isEqualTo(1);
        assertThat(lines(new byte[] {(byte) 0xC0, (byte) 0xAF}).getFirst().malformed()).isTrue();
        assertThat(lines(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}).getFirst().malformed()).isTrue();
    }

    @Test
    void aLineLongerThanTheReadBufferIsWhole() throws IOException {
        String big = "y".repeat(200_000);
        List<Utf8Lines.Line> l = lines((big + "\nz").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(l.getFirst().text()).isEqualTo(big);
        assertThat(l.get(1).startOffset()).isEqualTo(200_001);
    }
}
