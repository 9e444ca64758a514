package dev.groundwork.ingest.triples;

import dev.groundwork.ingest.IngestOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.fuzz.Fuzz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzed head/relation/tail lines: 1,000 to the parser ({@link TripleReader}, no store), each only giving the typed error
 * naming file and line, and 10 through a full ingest, where a failed run changes nothing.
 */
@ExtendWith(SharedNeo4j.class)
class TripleFuzzTest {
    private static final List<String> SEEDS = List.of("/m/alice\t/people/person/employer\t/m/acme", "bob\tknows\tcarol",
            "dog\t_hypernym\tanimal");

    @TempDir
    Path temp;

    @Test
    void aThousandFuzzedLinesGiveTriplesOrOnlyTheTypedErrorNamingFileAndLine() throws Exception {
        List<byte[]> records = new Fuzz(71).records(SEEDS, Fuzz.PARSED);
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            Path file = Fuzz.write(temp.resolve("fuzz-" + i + ".tsv"), "", records.get(i), "\n");
            try {
                new TripleReader(0, p -> { }).read(file, new TripleReader.Handler() {
                    @Override public void triple(Path f, long line, TripleReader.Triple t) {
                        assertThat(line).isEqualTo(1);
                        assertThat(t.type()).matches("[A-Za-z][A-Za-z0-9_]*");
                        assertThat(t.toString()).doesNotContain("\uFFFD");
                    }
                    @Override public void bad() { }
                });
            } catch (Throwable e) {
                failed++;
                Fuzz.assertTyped(e, file);
                assertThat(e.getMessage()).startsWith(file + " line 1: ");
            }
            Files.delete(file);
        }
        assertThat(failed).isPositive();
    }

    @Test
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAsItWas(GraphStore store) throws Exception {
        Fuzz fuzz = new Fuzz(1071);
        int failed = 0;
        int i = 0;
        for (byte[] record : fuzz.forIngest(SEEDS)) {
            Path file = Fuzz.write(temp.resolve("ingest-" + i++ + ".tsv"), String.join("\n", SEEDS) + "\n", record, "\n");
            List<Long> before = Fuzz.graphState(store);
            try {
                TripleIngest.ingest(store, List.of(file), IngestOptions.DEFAULTS.withBatchSize(1).withMaxErrors(0), p -> { });
            } catch (BadInputException e) {
                failed++;
                Fuzz.assertTyped(e, file);
                assertThat(Fuzz.graphState(store)).as("graph after the failed run on %s", file.getFileName()).isEqualTo(before);
            }
        }
        assertThat(failed).isPositive();
    }
}
