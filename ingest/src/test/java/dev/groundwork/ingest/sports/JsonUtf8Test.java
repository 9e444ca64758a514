package dev.groundwork.ingest.sports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.WriteStatement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openfootball and StatsBomb JSON apply the one invalid-UTF-8 rule (sports input has no error budget): the ingest stops
 * with the file, the line and the byte offset, where Jackson alone would name no offset, or pass an overlong or
 * surrogate sequence on.
 */
class JsonUtf8Test {
    @TempDir
    Path temp;

    /** {@code text} with {@code bad} in place of its one '\u0001'; the bad bytes' offset is {@code text.indexOf('\u0001')}. */
    private static byte[] bytes(String text, byte... bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = text.indexOf('\u0001');
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(text.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aJsonDocumentWithAnInvalidByteInAStringStopsNamingFileLineAndByteOffset() throws Exception {
        Path file = temp.resolve("2020-21_en.1.json");
        // An overlong encoding of '/': Jackson accepts it as a character.
        Files.write(file, bytes("{\"name\": \"Premier League 2020/21\",\n \"matches\": [{\"team1\": \"Arsenal\u0001\"}]}",
                (byte) 0xC0, (byte) 0xAF));

        assertThatThrownBy(() -> JsonAt.read(new ObjectMapper(), file, "2020-21_en.1.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("2020-21_en.1.json:2: not valid UTF-8 at byte offset 66");
    }

    @Test
    void anInvalidByteAfterTheDocumentIsNotIgnored() throws Exception {
        Path file = temp.resolve("2020-21_en.1.json");
        Files.write(file, bytes("{\"name\": \"Premier League 2020/21\", \"matches\": []}\n\u0001\n", (byte) 0xFF));

        assertThatThrownBy(() -> JsonAt.read(new ObjectMapper(), file, "2020-21_en.1.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("2020-21_en.1.json:2: not valid UTF-8 at byte offset 50");
    }

    @Test
    void aStatsBombEventWithAnInvalidByteStopsTheIngestNamingTheEventsFileLineAndByteOffset() throws Exception {
        Path root = Fixtures.copy(Fixtures.dir("statsbomb-fixture").resolve("data"), temp.resolve("statsbomb"));
        Path events = root.resolve("events/7576.json");
        String text = Files.readString(events);
        int at = text.indexOf("\"name\" : \"", text.length() / 2) + 10;
        // A lone surrogate, which Jackson would pass on as a character.
        byte[] content = bytes(text.substring(0, at) + "\u0001" + text.substring(at), (byte) 0xED, (byte) 0xA0, (byte) 0x80);
        Files.write(events, content);
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        long line = text.substring(0, at).lines().count();
        Rows nowhere = new Rows() {
            @Override public void write(WriteStatement statement, String source, long record, Map<String, Object> row) { }
            @Override public void skip() { }
            @Override public void flush() { }
        };

        assertThatThrownBy(() -> new StatsBombIngestor(nowhere, Identities.none(), new FileProgress(0, p -> { })).load(root))
                .isInstanceOf(BadInputException.class)
                .hasMessage("events/7576.json:" + line + ": not valid UTF-8 at byte offset " + offset);
    }
}
