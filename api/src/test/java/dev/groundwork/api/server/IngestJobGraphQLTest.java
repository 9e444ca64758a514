package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutation.ingest, Query.ingestJob(s) and the job's outcome in the graph, over HTTP. */
@ExtendWith(SharedNeo4j.class)
class IngestJobGraphQLTest {
    static final String KEY = "ingest-key-456";
    /** Nodes and relationships that are data, not the record of ingest runs. */
    private static final String DATA = """
            MATCH (n) WHERE NOT n:IngestRun AND NOT n:Source
            OPTIONAL MATCH (n)-[r]->()
            RETURN count(DISTINCT n) AS nodes, count(r) AS rels
            """;
    @RegisterExtension
    static final IngestJobFixture fixture = new IngestJobFixture(KEY, 1, root -> {
        // Past the first write batch (10,000 rows, three per triple), so that undoing the failed run has work to do.
        Files.writeString(root.resolve("broken.tsv"), IngestJobServer.chain("e", "links_to", 3_400) + "no-tab-here\n");
        Files.writeString(root.resolve("one-bad-line.tsv"), "a\tknows\tb\nonly two\tfields\nb\tknows\tc\n");
    });

    private static List<Long> data(GraphStore store) {
        return store.read(tx -> {
            var r = tx.run(DATA).single();
            return List.of(r.get("nodes").asLong(), r.get("rels").asLong());
        });
    }

    private static JsonNode refused(Map<String, Object> source) throws Exception {
        JsonNode r = fixture.jobs().ingest(source);
        assertThat(r.get("errors")).as(r.toString()).isNotNull();
        return r.get("errors").get(0);
    }

    /** The message of the BAD_USER_INPUT error, about argument {@code source}, that refuses {@code source}. */
    private static String badInput(Map<String, Object> source) throws Exception {
        return GraphQLClient.refusal(refused(source), "BAD_USER_INPUT", "source");
    }

    @Test
    void ingestWithoutTheKeyIsUnauthenticatedAndQueuesNothing() throws Exception {
        int before = fixture.client().data("{ ingestJobs { id } }", Map.of()).get("ingestJobs").size();
        JsonNode e = fixture.client().error("mutation { ingest(source: {kind: commonsense, format: cn100k, path: \"mini.txt\"}) { id } }",
                Map.of());
        assertThat(e.get("extensions").get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(fixture.client().data("{ ingestJobs { id } }", Map.of()).get("ingestJobs").size()).isEqualTo(before);
    }

    @Test
    void anUnknownKindIsRefusedAsNoValueOfTheIngestKindEnum() throws Exception {
        assertThat(refused(Map.of("kind", "movies", "path", "mini.txt")).get("message").asText())
                .contains("'IngestKind'").contains("'movies'");
    }

    @Test
    void aFormatTheKindDoesNotReadIsABadUserInputNamingSourceFormat() throws Exception {
        assertThat(badInput(Map.of("kind", "commonsense", "format", "csv", "path", "mini.txt")))
                .isEqualTo("source.format must be one of conceptnet, cn100k, rdf for kind commonsense; got 'csv'");
    }

    @Test
    void aMissingPathIsABadUserInputNamingSourcePathAndTheValue() throws Exception {
        assertThat(badInput(Map.of("kind", "triples", "path", "nope/train.txt")))
                .startsWith("source.path 'nope/train.txt' does not exist on the server");
    }

    @Test
    void aPathOutsideTheIngestRootIsRefusedEvenThroughDotDot() throws Exception {
        Path outside = Files.createTempFile("ingestjob-outside", ".tsv");
        try {
            for (String path : List.of(outside.toString(), "../" + outside.getFileName())) {
                assertThat(badInput(Map.of("kind", "triples", "path", path)))
                        .startsWith("source.path must be inside groundwork.api.ingest-root").endsWith("got '" + path + "'");
            }
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void maxErrorsIsRefusedForSportsWhoseLoaderHasNoErrorBudget() throws Exception {
        assertThat(badInput(Map.of("kind", "sports", "format", "worldcup", "path", ".", "maxErrors", 3))).isEqualTo("source.maxErrors is not supported by sports ingestion, got 3");
    }

    @Test
    void anUnknownJobIdIsNotFoundNamingTheId() throws Exception {
        JsonNode e = fixture.client().error("{ ingestJob(id: \"job-999\") { id } }", Map.of());
        assertThat(GraphQLClient.refusal(e, "NOT_FOUND", "id")).startsWith("id 'job-999' names no ingest job");
    }

    @Test
    void aMalformedLineFailsTheJobNamingFileAndLineAndTheGraphStaysAsItWas(GraphStore store) throws Exception {
        List<Long> before = data(store);
        JsonNode job = fixture.jobs().await(fixture.jobs().submit(Map.of("kind", "triples", "path", "broken.tsv")));

        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("errors").get(0).asText()).contains("broken.tsv line 3401");
        assertThat(job.get("run").isNull()).isTrue();
        assertThat(data(store)).isEqualTo(before);
        long failedRuns = store.read(tx -> tx.run("MATCH (r:IngestRun {status: 'FAILED'}) RETURN count(r) AS n").single().get("n").asLong());
        assertThat(failedRuns).isPositive();
    }

    @Test
    void withMaxErrorsAMalformedLineIsSkippedAndCounted() throws Exception {
        JsonNode job = fixture.jobs().await(fixture.jobs().submit(Map.of("kind", "triples", "format", "tsv", "path", "one-bad-line.tsv", "maxErrors", 1)));

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("progress").get("errors").asLong()).isEqualTo(1);
        assertThat(job.get("progress").get("skipped").asLong()).isEqualTo(1);
        assertThat(job.get("run").asText()).startsWith("run-");
        assertThat(job.get("kind").asText()).isEqualTo("triples/tsv");
        assertThat(job.get("finishedAt").asText()).isNotEmpty();
    }

    @Test
    void aClientThatHasSeenAJobEndCanAtOnceQueueAsManyJobsAsTheSettingsAllow() throws Exception {
        fixture.jobs().await(fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt")));
        // One running and one waiting (the fixture's queue is 1), right after the end was seen: the ended job's slot is free.
        String running = fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt"));
        String waiting = fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt"));
        assertThat(fixture.jobs().await(running).get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode last = fixture.jobs().await(waiting);
        assertThat(last.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(last.get("progress").get("total").asLong()).isEqualTo(last.get("progress").get("processed").asLong()).isPositive();
    }

    @Test
    void aFullQueueIsUnavailableAndEndedJobsAreCountedInMetrics() throws Exception {
        List<String> queued = new ArrayList<>();
        queued.add(fixture.jobs().submit(Map.of("kind", "triples", "path", "broken.tsv")));
        queued.add(fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt")));
        JsonNode e = refused(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt"));
        assertThat(e.get("extensions").get("code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(e.get("message").asText()).startsWith("the ingest queue is full");
        for (String id : queued) {
            fixture.jobs().await(id);
        }

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.baseUrl() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("groundwork_ingest_jobs_total{status=\"rejected\"}", "groundwork_ingest_jobs_total{status=\"failed\"}",
                "groundwork_ingest_jobs_total{status=\"succeeded\"}", "groundwork_ingest_records_total{kind=\"commonsense/cn100k\"}",
                "groundwork_ingest_jobs_pending{state=\"queued\"} 0.0");
    }
}
