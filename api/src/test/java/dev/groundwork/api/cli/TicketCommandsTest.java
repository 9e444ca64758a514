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
        assertThat(run.out()).contains("--without", "section-match", "mentions", "neighbours");
    }

    @Test
    void evalTicketsNamesAnUnknownPart(GraphStore store) throws Exception {
        var run = against(store, "eval", "tickets", "--data", fixtures().toString(), "--without", "mentions,stack");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --without must list parts among [section-match, mentions, neighbours], got 'stack'");
    }

    @Test
    void evalTicketsNamesAMissingDataset(GraphStore store, @TempDir Path empty) {
        var run = against(store, "eval", "tickets", "--data", empty.toString());
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --data must be a directory with bugs.csv and duplicates.csv, got " + empty);
    }
}
