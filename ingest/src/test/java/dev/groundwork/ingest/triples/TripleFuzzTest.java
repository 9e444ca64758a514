package dev.groundwork.ingest.triples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.fuzz.Fuzz;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzed head/relation/tail lines: only the typed error, naming file and line; a failed run changes
 * nothing. The triples parser is the loader's line handling, so its 1,000 records go through one
 * ingest with an error budget that counts them.
 */
@ExtendWith(SharedNeo4j.class)
class TripleFuzzTest {
    private static final List<String> SEEDS = List.of("/m/alice\t/people/person/employer\t/m/acme", "bob\tknows\tcarol",
            "dog\t_hypernym\tanimal");

    @TempDir
    Path temp;

    @Test
    void aThousandFuzzedLinesAreEachWrittenOrCountedAsBadNeverAnotherError(GraphStore store) throws Exception {
        List<byte[]> records = new Fuzz(71).records(SEEDS, 1000);
        Path file = temp.resolve("fuzzed.tsv");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] r : records) {
                out.write(r);
                out.write('\n');
            }
        }

        IngestRun run = TripleIngest.ingest(store, List.of(file), new TripleIngest.Options("", 5000, 1_000_000), p -> { });

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts().errors()).isPositive();
        assertThat(run.counts().errors() + run.counts().records()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAsItWas(GraphStore store) throws Exception {
        Fuzz fuzz = new Fuzz(1071);
        int failed = 0;
        int i = 0;
        for (byte[] record : fuzz.records(SEEDS, 10)) {
            if (record.length > 1 << 20) {
                continue;
            }
            Path file = Fuzz.write(temp.resolve("ingest-" + i++ + ".tsv"), String.join("\n", SEEDS) + "\n", record, "\n");
            List<Long> before = Fuzz.graphState(store);
            try {
                TripleIngest.ingest(store, List.of(file), new TripleIngest.Options("", 1, 0), p -> { });
            } catch (BadInputException e) {
                failed++;
                Fuzz.assertTyped(e, file);
                assertThat(Fuzz.graphState(store)).as("graph after the failed run on %s", file.getFileName()).isEqualTo(before);
            }
        }
        assertThat(failed).isPositive();
    }
}
