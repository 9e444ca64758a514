package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountingUtf8ReaderTest {

    @Test
    void readsASurrogatePairOneCharAtATime() throws IOException {
        try (CountingUtf8Reader in = new CountingUtf8Reader(new ByteArrayInputStream("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))) {
            StringBuilder out = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                out.append((char) c);
            }
            assertThat(out.toString()).isEqualTo("a\uD83D\uDE00");
            assertThat(in.replaced()).isZero();
        }
    }

    @Test
    void replacesATruncatedSequenceAtTheEnd() throws IOException {
        byte[] truncated = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        try (CountingUtf8Reader in = new CountingUtf8Reader(new ByteArrayInputStream(truncated))) {
            char[] buffer = new char[8];
            int n = in.read(buffer, 0, 8);
            assertThat(new String(buffer, 0, n) + (char) in.read()).startsWith("ok\uFFFD");
            assertThat(in.replaced()).isEqualTo(1);
        }
    }
}
