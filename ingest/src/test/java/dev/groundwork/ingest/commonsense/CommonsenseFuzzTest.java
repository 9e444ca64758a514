package dev.groundwork.ingest.commonsense;

import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.IngestOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.commonsense.CommonsenseIngest.Format;
import dev.groundwork.ingest.fuzz.Fuzz;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fuzzed ConceptNet, CN-100K and RDF records: only the typed error, naming file and line; a failed run changes nothing. */
@ExtendWith(SharedNeo4j.class)
class CommonsenseFuzzTest {

    @TempDir
    Path temp;

    private static List<String> seeds(Format format) {
        return switch (format) {
            case CN100K -> List.of("HasA\tcat\teye", "AtLocation\tcat\tbag\t0.75", "CapableOf\tcat\tdrink milk");
            case CONCEPTNET -> List.of("/a/[/r/IsA/,/c/en/dog/n/,/c/en/animal/]\t/r/IsA\t/c/en/dog/n\t/c/en/animal\t"
                    + "{\"dataset\": \"/d/conceptnet/4/en\", \"sources\": [{\"contributor\": \"/s/contributor/omcs/bedume\"}], \"weight\": 3.464}");
            case RDF -> List.of("cn:dog r:IsA cn:animal ;\n    rdfs:label \"dog\" ;\n    r:legs 4 .",
                    "cn:ice_cream rdfs:label \"ice cream\"@en ;\n    r:AtLocation cn:freezer .");
        };
    }

    private static String prefix(Format format) {
        return format == Format.RDF ? """
                @prefix cn:   <http://conceptnet.io/c/en/> .
                @prefix r:    <http://conceptnet.io/r/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """ : "";
    }

    private static String extension(Format format) {
        return format == Format.RDF ? ".ttl" : format == Format.CN100K ? ".txt" : ".csv";
    }

    private static CommonsenseReader reader(Format format) {
        return switch (format) {
            case CONCEPTNET -> new ConceptNetReader("en");
            case CN100K -> new Cn100kReader("en");
            case RDF -> new RdfReader();
        };
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fuzzedRecordsGiveOnlyTheTypedErrorNamingFileAndLine(Format format) throws Exception {
        Fuzz fuzz = new Fuzz(17 + format.ordinal());
        CommonsenseReader reader = reader(format);
        List<byte[]> records = fuzz.records(seeds(format), Fuzz.PARSED);
        for (int i = 0; i < records.size(); i++) {
            Path file = Fuzz.write(temp.resolve("fuzz-" + i + extension(format)), prefix(format), records.get(i), "\n");
            long lines = prefix(format).lines().count() + 1 + records.get(i).length;
            CommonsenseReader.Sink sink = new CommonsenseReader.Sink() {
                @Override public void assertion(Assertion a) {
                    // No replacement character of a lenient decoder's making reaches a concept.
                    assertThat(a.toString()).as("an assertion from %s", file.getFileName()).doesNotContain("\uFFFD");
                }
                @Override public void literal(ConceptRef subject, String key, Object value, long line) { }
                @Override public void skip() { }
                @Override public void position(long done, long total) { }
                @Override public void badRecord(long line, String message) {
                    assertThat(line).as("bad record line in %s", file.getFileName()).isBetween(1L, lines);
                    assertThat(message).isNotBlank();
                }
            };
            try {
                reader.read(file, sink);
            } catch (Throwable e) {
                Fuzz.assertTyped(e, file);
            }
            java.nio.file.Files.delete(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAsItWas(Format format, GraphStore store) throws Exception {
        Fuzz fuzz = new Fuzz(1017 + format.ordinal());
        int failed = 0;
        for (byte[] record : fuzz.forIngest(seeds(format))) {
            Path file = Fuzz.write(temp.resolve("ingest-" + failed + extension(format)), prefix(format),
                    (String.join("\n", seeds(format)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "");
            java.nio.file.Files.write(file, record, java.nio.file.StandardOpenOption.APPEND);
            List<Long> before = Fuzz.graphState(store);
            try {
                CommonsenseIngest.ingest(store, format, List.of(file), IngestOptions.DEFAULTS.withBatchSize(2), IngestProgress.NONE);
            } catch (BadInputException e) {
                failed++;
                Fuzz.assertTyped(e, file);
                assertThat(Fuzz.graphState(store)).as("graph after the failed run on %s", file.getFileName()).isEqualTo(before);
            }
        }
        assertThat(failed).isPositive();
    }
}
