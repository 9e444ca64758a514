package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line run in-process; {@link #groundwork} and {@link #against} are what other tests run commands with. */
@ExtendWith(SharedNeo4j.class)
public class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a command did: its exit code, standard output and standard error. */
    public record Run(int exit, String out, String err) {
        /** The JSON object of the last line of standard output. */
        public JsonNode lastJson() throws Exception {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
    }

    public static Run groundwork(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GroundworkCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    public static Run against(GraphStore store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--neo4j-uri", store.boltUri().toString()));
        return groundwork(all.toArray(String[]::new));
    }

    @Test
    void cypherJsonPrintsColumnsAndRowsAsOneObject(GraphStore store) throws Exception {
        Run run = against(store, "cypher", "RETURN 1 AS x", "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        assertThat(run.lastJson().toString()).isEqualTo("{\"columns\":[\"x\"],\"rows\":[{\"x\":1}],\"truncated\":false}");
    }

    @Test
    void cypherRefusesLoadCsvOfALocalFileWithOneLine(GraphStore store) {
        // Issue 17: this exact command used to print the machine's hostname; the planner calls LOAD CSV a read.
        Run run = against(store, "cypher", "LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", "--json");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("groundwork: cypher query uses LOAD CSV, which reads files and URLs rather"
                + " than the graph; it is refused even with --write");
    }

    @Test
    void cypherCapsRowsAndSaysTruncated(GraphStore store) throws Exception {
        Run run = against(store, "cypher", "UNWIND range(1, 10) AS i RETURN i", "--cypher-max-rows", "3", "--json");
        assertThat(run.lastJson().get("rows")).hasSize(3);
        assertThat(run.lastJson().get("truncated").asBoolean()).isTrue();
    }

    @Test
    void cypherBindsParametersAsJson(GraphStore store) throws Exception {
        Run run = against(store, "cypher", "RETURN $n + 1 AS y, $s AS s", "-p", "n=41", "-p", "s=plain text", "--json");
        assertThat(run.lastJson().get("rows").get(0).get("y").asInt()).isEqualTo(42);
        assertThat(run.lastJson().get("rows").get(0).get("s").asText()).isEqualTo("plain text");
    }

    @Test
    void rejectsATooSmallPageCacheNamingTheOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run run = groundwork("status", "--db", dir.resolve("db").toString(), "--page-cache", "0");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --page-cache must be at least 8 (MiB), got 0");
    }

    @Test
    void cypherRefusesWritesWithOneLine(GraphStore store) {
        Run run = against(store, "cypher", "CREATE (n:Scratch)");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: cypher query is not read-only (the planner classifies it as"
                + " WRITE_ONLY); pass --write to allow writes");
    }

    @Test
    void statusJsonCountsNodesByLabel(GraphStore store) throws Exception {
        store.write(tx -> tx.run("CREATE (:Source {uri: 'status-test'})").consume());
        Run run = against(store, "status", "--json");
        assertThat(run.exit()).isZero();
        JsonNode stats = run.lastJson();
        assertThat(stats.get("labels").get("Source").asLong()).isPositive();
        assertThat(stats.get("mode").asText()).isEqualTo("REMOTE");
        assertThat(stats.get("neo4jVersion").asText()).startsWith("2026.");
    }

    @Test
    void ingestRunsListsRunsAsJson(GraphStore store) throws Exception {
        Run run = against(store, "ingest", "runs", "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.lastJson().get("runs").isArray()).isTrue();
    }

    @Test
    void unknownUriSchemeIsOneLineAndConfigurationExit() {
        Run run = groundwork("status", "--neo4j-uri", "http://localhost:7474");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_CONFIGURATION);
        assertThat(run.err().strip()).isEqualTo("groundwork: --neo4j-uri has unknown scheme 'http' in http://localhost:7474;"
                + " expected one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://");
    }

    @Test
    void unreachableRemoteNamesTheUri() {
        Run run = groundwork("status", "--neo4j-uri", "bolt://127.0.0.1:1");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_UNAVAILABLE);
        assertThat(run.err().strip()).startsWith("groundwork: cannot reach Neo4j at bolt://127.0.0.1:1").doesNotContain("\n");
    }

    @Test
    void undoOfUnknownRunIsBadInput(GraphStore store) {
        Run run = against(store, "ingest", "undo", "run-missing");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: no ingest run with id 'run-missing'; 'groundwork ingest runs' lists them");
    }

    @Test
    void helpListsEveryCommand() {
        Run run = groundwork("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("serve", "demo", "status", "cypher", "ingest");
    }
}
