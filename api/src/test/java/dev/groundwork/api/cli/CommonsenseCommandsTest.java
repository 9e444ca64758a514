package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class CommonsenseCommandsTest {
    @Test
    void ingestThenAskPrintsTheConnectingPathAndTurtle(GraphStore store) throws Exception {
        Path mini = Path.of(getClass().getResource("/commonsense/mini.txt").toURI());

        CommandLineTest.Run ingest = CommandLineTest.against(store, "ingest", "commonsense", "--format", "cn100k", mini.toString(), "--json");
        assertThat(ingest.exit()).isZero();
        assertThat(ingest.lastJson().get("counts").get("relationshipsCreated").asLong()).isEqualTo(4);

        CommandLineTest.Run ask = CommandLineTest.against(store, "ask", "Do dogs live in kennels?", "--domain", "commonsense",
                "--paths");
        assertThat(ask.out()).contains("dog -AtLocation-> kennel");

        CommandLineTest.Run ttl = CommandLineTest.against(store, "ask", "Do dogs live in kennels?", "--domain", "commonsense", "--format", "ttl");
        assertThat(ttl.out()).contains("gwr:AtLocation");
    }

    @Test
    void evalCommonsenseScoresTheStoreNamedByNeo4jUriAndTimesTheIngestBenchmark(GraphStore store, @TempDir Path dir)
            throws Exception {
        Path data = Path.of(getClass().getResource("/commonsense/eval-mini").toURI());
        // Only the store behind --neo4j-uri joins the test triple's ends (through qqmid); the training
        // files in --data do not, so coverage 1 shows the evaluation ran there, not on a temporary store.
        Path bridge = dir.resolve("bridge.txt");
        Files.writeString(bridge, "RelatedTo\tqqalpha\tqqmid\nRelatedTo\tqqmid\tqqbeta\n");
        assertThat(CommandLineTest.against(store, "ingest", "commonsense", "--format", "cn100k", bridge.toString()).exit()).isZero();

        CommandLineTest.Run eval = CommandLineTest.against(store, "eval", "commonsense", "--data", data.toString(),
                "--ingest-bench", "300", "--json");

        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode pruned = eval.lastJson().get("systems").get("pruned");
        assertThat(pruned.get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(pruned.get("n").asInt()).isEqualTo(1);
        for (String key : new String[] {"nodes_median", "p50_ms", "p95_ms"}) {
            assertThat(pruned.has(key)).as(key).isTrue();
        }
        assertThat(eval.lastJson().get("systems").has("bfs")).isTrue();
        assertThat(eval.lastJson().get("edges_per_s").asDouble()).isPositive();
        assertThat(eval.err()).contains("Ingested 300 edges");
    }

    @Test
    void anUnknownDomainIsABadInputNamingTheKnownOnes(GraphStore store) {
        CommandLineTest.Run ask = CommandLineTest.against(store, "ask", "why?", "--domain", "nope");

        assertThat(ask.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(ask.err().strip()).isEqualTo("groundwork: domain must be one of [tickets, sports, commonsense] or omitted, got 'nope'");
    }
}
