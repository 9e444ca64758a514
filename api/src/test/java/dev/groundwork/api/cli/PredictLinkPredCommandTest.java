package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.against;
import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code predict linkpred} on the ring fixture loaded with {@code ingest triples}, with a model from {@code train linkpred}. */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictLinkPredCommandTest {
    private static final String PREDICTED = "MATCH (:Entity)-[r:next {predicted: true}]->(:Entity) RETURN count(r) AS n,"
            + " min(r.probability) AS lowest";
    private static final String OBSERVED = "MATCH (:Entity)-[r]->(:Entity) WHERE r.predicted IS NULL RETURN count(r) AS n";
    @TempDir
    static Path temp;
    private GraphStore store;
    private Path model;

    @BeforeAll
    void load(GraphStore store) throws Exception {
        this.store = store;
        Path ring = Path.of(getClass().getResource("/linkprediction/ring").toURI());
        var ingest = against(store, "ingest", "triples", ring.resolve("train.txt").toString(), "--json");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        model = temp.resolve("ring.model");
        var train = groundwork("train", "linkpred", "--triples", ring.toString(), "--dim", "16", "--epochs", "40",
                "--batch-size", "16", "--valid-every", "40", "--seed", "7", "--out", model.toString(), "--json");
        assertThat(train.exit()).as(train.err()).isZero();
    }

    private long count(String cypher) {
        return store.read(tx -> tx.run(cypher).single().get("n").asLong());
    }

    @Test
    void writesPredictedEdgesAboveTheThresholdIdempotentlyAndUndoRemovesThem() throws Exception {
        long observed = count(OBSERVED);
        String[] predict = {"predict", "linkpred", "--model", model.toString(), "--relation", "next", "--threshold", "0.5",
                "--k", "2", "--json"};

        var first = against(store, predict);
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode o = first.lastJson();
        assertThat(o.get("created").asLong()).isPositive().isEqualTo(o.get("written").asLong()).isEqualTo(count(PREDICTED));
        assertThat(o.get("type").asText()).isEqualTo("next");
        assertThat(o.get("heads").asLong()).isEqualTo(30);
        for (String key : new String[] {"run", "relation", "threshold", "not_in_graph", "observed_skipped", "below_threshold", "updated"}) {
            assertThat(o.has(key)).as(key).isTrue();
        }
        double lowest = store.read(tx -> tx.run(PREDICTED).single().get("lowest").asDouble());
        assertThat(lowest).isGreaterThanOrEqualTo(0.5);
        assertThat(count(OBSERVED)).isEqualTo(observed);

        var again = against(store, predict);
        assertThat(again.lastJson().get("created").asLong()).isZero();
        assertThat(again.lastJson().get("updated").asLong()).isEqualTo(o.get("written").asLong());
        assertThat(count(PREDICTED)).isEqualTo(o.get("written").asLong());

        // Undo removes only what a run created alone. Newest first: the second run created no edge, so undoing it keeps
        // them all; undoing the first, which created them, then leaves none.
        var undoSecond = against(store, "ingest", "undo", again.lastJson().get("run").asText(), "--json");
        assertThat(undoSecond.exit()).as(undoSecond.err()).isZero();
        assertThat(count(PREDICTED)).isEqualTo(o.get("written").asLong());
        var undoFirst = against(store, "ingest", "undo", o.get("run").asText(), "--json");
        assertThat(undoFirst.exit()).as(undoFirst.err()).isZero();
        assertThat(count(PREDICTED)).isZero();
        assertThat(count(OBSERVED)).isEqualTo(observed);
    }

    @Test
    void rejectsAThresholdOutsideZeroToOneWithOneLine() {
        var run = against(store, "predict", "linkpred", "--model", model.toString(), "--relation", "next", "--threshold", "1.5");

        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: --threshold must be a probability between 0 and 1, got 1.5");
    }

    @Test
    void rejectsAMissingModelFile() {
        Path missing = temp.resolve("nope.model");
        var run = against(store, "predict", "linkpred", "--model", missing.toString(), "--relation", "next");

        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: model file '" + missing + "' does not exist");
    }

    @Test
    void exportTriplesWritesTheGraphsObservedEdgesForDglKe() throws Exception {
        long observed = count(OBSERVED);
        Path out = temp.resolve("dglke-export");
        var run = against(store, "export", "triples", "--format", "dglke", out.toString(), "--valid-share", "0.1", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = run.lastJson();
        assertThat(o.get("triples").get("train").asLong() + o.get("triples").get("valid").asLong()).isEqualTo(observed);
        assertThat(o.get("entities").asInt()).isEqualTo(30);
        assertThat(o.get("next_step").asText()).startsWith("dglke_train --model_name ComplEx");
        assertThat(java.nio.file.Files.readAllLines(out.resolve("relations.dict"))).containsExactlyInAnyOrder("0\tnext", "1\tprev");
    }
}
