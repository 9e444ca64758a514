package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Query.ingestRuns and Mutation.undoIngestRun (the Ask page's Ingest tab), over HTTP. */
@ExtendWith(SharedNeo4j.class)
class IngestRunsGraphQLTest {
    private static final String KEY = "runs-key-789";
    private static final String RUNS = "{ ingestRuns { id kind status startedAt finishedAt sources records created message } }";
    private static final String UNDO = "mutation($id: ID!) { undoIngestRun(id: $id) { runId nodesDeleted relationshipsDeleted } }";
    @RegisterExtension
    static final IngestJobFixture fixture = new IngestJobFixture(KEY, 1, root -> { });

    private static JsonNode run(String id) throws Exception {
        for (JsonNode r : fixture.client().data(RUNS, Map.of()).get("ingestRuns")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("run " + id + " is not listed");
    }

    @Test
    void aFinishedRunIsListedAndUndoneOnlyWithTheKey() throws Exception {
        JsonNode job = fixture.jobs().await(fixture.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt")));
        String id = job.get("run").asText();
        JsonNode listed = run(id);
        assertThat(listed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(listed.get("created").asInt()).isPositive();
        assertThat(listed.get("sources").get(0).asText()).endsWith("mini.txt");

        JsonNode refused = fixture.client().error(UNDO, Map.of("id", id), "X-API-Key", "wrong");
        assertThat(refused.toString()).containsIgnoringCase("key");
        assertThat(run(id).get("status").asText()).isEqualTo("COMPLETED");

        JsonNode undo = fixture.client().post(UNDO, Map.of("id", id), "X-API-Key", KEY).get("data").get("undoIngestRun");
        assertThat(undo.get("runId").asText()).isEqualTo(id);
        assertThat(undo.get("nodesDeleted").asInt() + undo.get("relationshipsDeleted").asInt()).isEqualTo(listed.get("created").asInt());
        assertThat(run(id).get("status").asText()).isEqualTo("UNDONE");
    }

    @Test
    void undoingAnUnknownRunIsNotFoundNamingIt() throws Exception {
        JsonNode error = fixture.client().error(UNDO, Map.of("id", "no-such-run"), "X-API-Key", KEY);
        assertThat(error.toString()).contains("no ingest run with id 'no-such-run'");
    }
}
