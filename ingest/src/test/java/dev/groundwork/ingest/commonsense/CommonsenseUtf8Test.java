package dev.groundwork.ingest.commonsense;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.testing.BadUtf8;
import dev.groundwork.ingest.commonsense.CommonsenseIngest.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every commonsense format applies the one invalid-UTF-8 rule: the line is one malformed record with its byte offset
 * (never a name decoded with replacement characters, onto which a second bad name would merge) and the other records
 * are read. {@link CommonsenseIngestTest} shows the message the ingest then gives beyond the error budget.
 */
class CommonsenseUtf8Test {
    @TempDir
    Path temp;

    private static CommonsenseReader reader(Format format) {
        return switch (format) {
            case CONCEPTNET -> new ConceptNetReader("en");
            case CN100K -> new Cn100kReader("en");
            case RDF -> new RdfReader();
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CN100K     | .txt | IsA\\tdog\\tanimal\\nIsA\\tcaf\u0001\\tanimal\\nIsA\\tcat\\tanimal\\n | 2
            CONCEPTNET | .csv | /a/1\\t/r/IsA\\t/c/en/dog\\t/c/en/animal\\t{}\\n/a/2\\t/r/IsA\\t/c/en/caf\u0001\\t/c/en/animal\\t{}\\n/a/3\\t/r/IsA\\t/c/en/cat\\t/c/en/animal\\t{}\\n | 2
            RDF        | .ttl | @prefix x: <http://x/> .\\nx:dog x:IsA x:animal .\\nx:caf\u0001 x:IsA x:animal .\\nx:cat x:IsA x:animal .\\n | 3
            RDF        | .nt  | <http://x/dog> <http://x/IsA> <http://x/animal> .\\n<http://x/caf\u0001> <http://x/IsA> <http://x/animal> .\\n<http://x/cat> <http://x/IsA> <http://x/animal> .\\n | 2
            """)
    void aLineThatIsNotUtf8IsOneBadRecordWithItsByteOffsetAndTheOtherRecordsAreRead(Format format, String extension, String text,
                                                                                   long badLine) throws Exception {
        byte[] content = BadUtf8.bytes(text.replace("\\t", "\t").replace("\\n", "\n"));
        int offset = BadUtf8.firstOffset(content);
        Path file = temp.resolve("bad-utf8" + extension);
        Files.write(file, content);
        List<String> names = new ArrayList<>();
        List<String> bad = new ArrayList<>();

        reader(format).read(file, new CommonsenseReader.Sink() {
            @Override public void assertion(Assertion a) {
                names.add(a.head().name());
            }
            @Override public void literal(ConceptRef subject, String key, Object value, long line) { }
            @Override public void skip() { }
            @Override public void position(long done, long total) { }
            @Override public void badRecord(long line, String message) {
                bad.add(line + ": " + message);
            }
        });

        assertThat(bad).containsExactly(badLine + ": not valid UTF-8 at byte offset " + offset);
        assertThat(names).containsExactly("dog", "cat");
    }
}
