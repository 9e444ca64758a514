package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

/** Queues background ingest jobs on a test server with the API key and waits for them to end. Thread-safe. */
public final class IngestJobClient {
    /** The fields of {@code IngestJob} the tests read. */
    public static final String JOB = "id kind path status errors run startedAt finishedAt"
            + " progress { processed total unit detail records created updated skipped errors }";
    private static final Duration WAIT = Duration.ofMinutes(3);
    private final GraphQLClient client;
    private final String key;

    public IngestJobClient(GraphQLClient client, String key) {
        this.client = client;
        this.key = key;
    }

    /** The whole response to {@code Mutation.ingest} of {@code source}, sent with the key. */
    public JsonNode ingest(Map<String, Object> source) throws Exception {
        return client.post("mutation($s: IngestSourceInput!) { ingest(source: $s) { " + JOB + " } }", Map.of("s", source),
                "X-API-Key", key);
    }

    /** Queues {@code source}; the job's id. */
    public String submit(Map<String, Object> source) throws Exception {
        JsonNode r = ingest(source);
        if (r.hasNonNull("errors")) {
            throw new AssertionError("ingest refused: " + r.get("errors"));
        }
        return r.get("data").get("ingest").get("id").asText();
    }

    /** The job once it has ended (SUCCEEDED or FAILED). */
    public JsonNode await(String id) throws Exception {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            JsonNode job = client.data("query($id: ID!) { ingestJob(id: $id) { " + JOB + " } }", Map.of("id", id)).get("ingestJob");
            String status = job.get("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ingest job " + id + " did not end within " + WAIT);
    }
}
