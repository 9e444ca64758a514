package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.against;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class TicketCommandsTest {

    static Path fixtures() throws Exception {
        return Path.of(TicketCommandsTest.class.getResource("/tickets/bugs.csv").toURI()).getParent();
    }

    @Test
    void ingestTicketsReportsWhatItWrote(GraphStore store, @TempDir Path db) throws Exception {
        var run = against(store, "ingest", "tickets", "--format", "csv", "--db", db.toString(),
                fixtures().resolve("bugs.csv").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = run.lastJson();
        assertThat(o.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(o.get("tickets").asInt()).isEqualTo(4);
        assertThat(o.get("embedding_max_tokens").asInt()).isEqualTo(128);
    }

    @Test
    void anotherEmbeddingModelThanTheIndexsIsRefusedUntilReindexReEmbedsWithIt(GraphStore store, @TempDir Path db) throws Exception {
        String bugs = fixtures().resolve("bugs.csv").toString();
        var first = against(store, "ingest", "tickets", "--format", "csv", "--db", db.toString(), bugs,
                "--embedding-model", "minilm", "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lastJson().get("embedding_model").asText()).isEqualTo("minilm");

        var refused = against(store, "ingest", "tickets", "--format", "csv", "--db", db.toString(), bugs,
                "--embedding-model", "E5-Small-Q", "--json");
        assertThat(refused.exit()).isEqualTo(GroundworkCommand.EXIT_CONFIGURATION);
        assertThat(refused.err().strip()).isEqualTo("groundwork: search index " + db.resolve("search").resolve("tickets")
                + " was embedded with minilm, not e5-small-q: vectors of two models cannot be compared. Re-embed it with"
                + " 'groundwork reindex --embedding-model e5-small-q' (or keep --embedding-model minilm)");

        var reindex = against(store, "reindex", "--db", db.toString(), "--embedding-model", "e5-small-q", "--json");
        assertThat(reindex.exit()).as(reindex.err()).isZero();
        assertThat(reindex.lastJson().get("embedding_model").asText()).isEqualTo("e5-small-q");

        var kept = against(store, "ingest", "tickets", "--format", "csv", "--db", db.toString(), bugs, "--json");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.lastJson().get("embedding_model").asText()).isEqualTo("e5-small-q");
    }

    @Test
    void unknownEmbeddingModelListsTheKnownOnes(GraphStore store) throws Exception {
        var run = against(store, "ingest", "tickets", "--format", "csv", fixtures().resolve("bugs.csv").toString(),
                "--embedding-model", "bge-large");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(
                "groundwork: --embedding-model must be one of minilm|bge-small|bge-small-q|e5-small|e5-small-q, got 'bge-large'");
    }

    @Test
    void evalTicketsRunsChunksAndGraphOnTheChosenModel(GraphStore store) throws Exception {
        var run = against(store, "eval", "tickets", "--data", fixtures().toString(), "--systems", "chunks,graph",
                "--embedding-model", "BGE-SMALL-Q", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = run.lastJson();
        assertThat(o.get("ingest").get("embedding_model").asText()).isEqualTo("bge-small-q");
        assertThat(o.get("systems").get("chunks").get("n").asInt()).isEqualTo(2);
        assertThat(o.get("systems").get("graph").get("n").asInt()).isEqualTo(2);
    }

    @Test
    void helpOfEveryTicketCommandListsTheEmbeddingModels() {
        for (String[] command : new String[][] {{"ingest", "tickets"}, {"eval", "tickets"}, {"reindex"}}) {
            var run = CommandLineTest.groundwork(java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--help")).toArray(String[]::new));
            assertThat(run.exit()).isZero();
            assertThat(run.out()).as(String.join(" ", command)).contains("--embedding-model", "minilm,", "bge-small,",
                    "bge-small-q,", "e5-small,", "e5-small-q");
        }
    }

    @Test
    void unknownTicketFormatListsTheKnownOnes(GraphStore store) throws Exception {
        var run = against(store, "ingest", "tickets", "--format", "xml", fixtures().resolve("bugs.csv").toString());
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --format must be one of [jira, github, csv], got 'xml'");
    }

    @Test
    void evalTicketsPrintsEverySystemWithTheContractKeys(GraphStore store) throws Exception {
        var run = against(store, "eval", "tickets", "--data", fixtures().toString(), "--systems", "bm25,graph", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode systems = run.lastJson().get("systems");
        for (String system : new String[] {"bm25", "graph"}) {
            for (String key : new String[] {"mrr", "recall1", "recall3", "recall10", "ndcg1", "ndcg3", "ndcg10", "p50_ms", "p95_ms", "n"}) {
                assertThat(systems.get(system).has(key)).as(system + "." + key).isTrue();
            }
            assertThat(systems.get(system).get("n").asInt()).isEqualTo(2);
        }
        assertThat(run.lastJson().get("graph_mrr_gain").has("bm25")).isTrue();
    }

    @Test
    void evalTicketsRunsAStrangersBugzillaExportSkippingLinksToAbsentTickets(GraphStore store) throws Exception {
        var run = against(store, "eval", "tickets", "--data", fixtures().resolve("bugzilla").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = run.lastJson();
        assertThat(o.get("skipped_links").asInt()).isEqualTo(4);
        assertThat(o.get("tickets").asInt()).isEqualTo(22);
        assertThat(o.get("ingest").get("tickets").asInt()).isEqualTo(22);
        assertThat(o.get("ingest").get("dates_unparsed").asInt()).isZero();
        for (String system : new String[] {"bm25", "chunks", "graph"}) {
            assertThat(o.get("systems").get(system).get("n").asInt()).as(system).isEqualTo(14);
        }
    }

    @Test
    void evalTicketsHelpListsThePartsThatCanBeSwitchedOff() {
        var run = CommandLineTest.groundwork("eval", "tickets", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--without", "section-match", "mentions", "identifiers", "neighbours");
    }

    @Test
    void evalTicketsNamesAnUnknownPart(GraphStore store) throws Exception {
        var run = against(store, "eval", "tickets", "--data", fixtures().toString(), "--without", "mentions,stack");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --without must list parts among [whole-ticket, section-match, mentions, identifiers, neighbours, near-in-time], got 'stack'");
    }

    @Test
    void evalTicketsNamesAMissingDataset(GraphStore store, @TempDir Path empty) {
        var run = against(store, "eval", "tickets", "--data", empty.toString());
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --data must be a directory with bugs.csv and duplicates.csv, got " + empty);
    }
}
