package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.api.server.IngestJobServer;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A background ingest job writes what {@code groundwork ingest} writes for the same file. */
@ExtendWith(SharedNeo4j.class)
class IngestJobCliParityTest {
    @Test
    void aCommonsenseJobSucceedsWithTheCountsOfTheCommandLine(GraphStore store) throws Exception {
        Path mini = Path.of(getClass().getResource("/commonsense/mini.txt").toURI());
        JsonNode job;
        try (IngestJobServer server = IngestJobServer.start(store, "parity-key", 1)) {
            job = server.jobs().await(server.jobs().submit(Map.of("kind", "commonsense", "format", "cn100k", "path", "mini.txt")));
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        // The job's run is undoable; undone, the graph is as before and the command line starts from the same state.
        IngestRuns.undo(store, job.get("run").asText());

        CommandLineTest.Run cli = CommandLineTest.against(store, "ingest", "commonsense", "--format", "cn100k", mini.toString(), "--json");

        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode counts = cli.lastJson().get("counts");
        JsonNode progress = job.get("progress");
        assertThat(progress.get("records").asLong()).isEqualTo(counts.get("records").asLong());
        assertThat(progress.get("created").asLong())
                .isEqualTo(counts.get("nodesCreated").asLong() + counts.get("relationshipsCreated").asLong()).isEqualTo(10);
        assertThat(progress.get("updated").asLong()).isEqualTo(counts.get("updated").asLong());
        assertThat(progress.get("skipped").asLong()).isEqualTo(counts.get("skipped").asLong());
        assertThat(progress.get("errors").asLong()).isEqualTo(counts.get("errors").asLong());
        assertThat(job.get("kind").asText()).isEqualTo(cli.lastJson().get("kind").asText());
    }
}
