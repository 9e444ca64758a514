package dev.groundwork.ingest.tickets;

import dev.groundwork.ingest.IngestOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.fuzz.Fuzz;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fuzzed Jira, GitHub and CSV ticket records: only the typed error, naming file and record or line; a failed run changes nothing. */
@ExtendWith(SharedNeo4j.class)
class TicketFuzzTest {
    private static final String CSV_HEADER = "Summary,Issue id,Status,Priority,Resolution,Created,Resolved,Affects Version/s,Description\n";

    @TempDir
    Path temp;

    private static List<String> seeds(TicketFormat format) {
        return switch (format) {
            case JIRA -> List.of("""
                    {"key": "HADOOP-101", "fields": {"summary": "NameNode fails to start", "issuetype": {"name": "Bug"},
                     "status": {"name": "Resolved"}, "priority": {"name": "Major"}, "resolution": {"name": "Duplicate"},
                     "project": {"key": "HADOOP"}, "components": [{"name": "namenode"}], "versions": [{"name": "3.3.0"}],
                     "fixVersions": [], "labels": ["upgrade"], "created": "2021-09-30T17:20:00.000+0000",
                     "resolutiondate": "2021-10-02T08:00:00.000+0000", "description": "The NameNode does not start.",
                     "comment": {"comments": [{"body": "See HADOOP-102", "created": "2021-10-01T08:00:00.000+0000"}]},
                     "issuelinks": [{"type": {"name": "Duplicate", "outward": "duplicates"}, "outwardIssue": {"key": "HADOOP-102"}}]}}""");
            case GITHUB -> List.of("{\"number\": 1, \"title\": \"first\", \"body\": \"duplicates #2\", \"state\": \"open\","
                    + " \"labels\": [{\"name\": \"bug\"}], \"created_at\": \"2023-01-01T00:00:00Z\"}");
            case CSV -> List.of("Job hangs on commit,13438913,Resolved,Major,Duplicate,30/Sep/21 17:20,20/Jul/22 20:51,3.3.1,\"The job hangs.\n"
                    + "java.net.SocketTimeoutException: Read timed out\"", "Commit is slow,13547000,Open,Minor,,01/Oct/21 09:05,,\"3.3.1, 3.4.0\",");
        };
    }

    private static String prefix(TicketFormat format) {
        return switch (format) {
            case JIRA -> "{\"startAt\": 0, \"total\": 1, \"issues\": [";
            case GITHUB -> "";
            case CSV -> CSV_HEADER;
        };
    }

    private static String suffix(TicketFormat format) {
        return format == TicketFormat.JIRA ? "]}\n" : "\n";
    }

    private static String extension(TicketFormat format) {
        return format == TicketFormat.CSV ? ".csv" : format == TicketFormat.GITHUB ? ".ndjson" : ".json";
    }

    @ParameterizedTest
    @EnumSource(TicketFormat.class)
    void fuzzedRecordsGiveOnlyTheTypedErrorNamingFileAndRecord(TicketFormat format) throws Exception {
        Fuzz fuzz = new Fuzz(31 + format.ordinal());
        List<byte[]> records = fuzz.records(seeds(format), Fuzz.PARSED);
        for (int i = 0; i < records.size(); i++) {
            Path file = Fuzz.write(temp.resolve("fuzz-" + i + extension(format)), prefix(format), records.get(i), suffix(format));
            try {
                // No replacement character of a lenient decoder's making reaches a ticket.
                TicketParser.parse(format, List.of(file), ParseOptions.defaults(),
                        t -> assertThat(t.toString()).as("a ticket from %s", file.getFileName()).doesNotContain("\uFFFD"));
            } catch (Throwable e) {
                Fuzz.assertTyped(e, file);
            }
            Files.delete(file);
        }
    }

    @ParameterizedTest
    @EnumSource(TicketFormat.class)
    void aFailedIngestOfAFuzzedFileLeavesTheGraphAndTheIndexAsTheyWere(TicketFormat format, GraphStore store) throws Exception {
        Fuzz fuzz = new Fuzz(1031 + format.ordinal());
        int failed = 0;
        int i = 0;
        try (SearchIndex index = SearchIndex.inMemory()) {
            for (byte[] record : fuzz.forIngest(seeds(format))) {
                // A good record first, so that the failure comes after something was written.
                String good = seeds(format).getFirst();
                byte[] body = format == TicketFormat.JIRA ? concat((good + ",").getBytes(), record)
                        : concat((good + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), record);
                Path file = Fuzz.write(temp.resolve("ingest-" + i++ + extension(format)), prefix(format), body, suffix(format));
                List<Long> before = Fuzz.graphState(store);
                int indexed = index.size();
                try {
                    TicketIngest.ingest(store, format, List.of(file), IngestOptions.DEFAULTS.withBatchSize(1).withSearchIndex(index), p -> { });
                } catch (BadInputException e) {
                    failed++;
                    Fuzz.assertTyped(e, file);
                    assertThat(Fuzz.graphState(store)).as("graph after the failed run on %s", file.getFileName()).isEqualTo(before);
                    assertThat(index.size()).isEqualTo(indexed);
                }
            }
        }
        assertThat(failed).isPositive();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
