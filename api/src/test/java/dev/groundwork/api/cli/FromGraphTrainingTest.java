package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.groundwork.api.cli.CommandLineTest.against;
import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 6: training from the graph that {@code ingest triples} built gives the test MRR of training
 * from the files, within noise. The graph holds UMLS train.txt only (test triples in the graph would
 * leak into training); --from-graph holds 1% of it out for validation where the files run validates
 * on valid.txt, and the vocabulary order (so the initialisation) differs. With the default 5% held
 * out, the graph model trains on 261 fewer triples and its test MRR is 0.027 lower (measured, see
 * docs/linkprediction.md): that is less data, not a graph round-trip loss. The tolerance, 0.02, is
 * twice the spread of the files model's test MRR over seeds 42, 43 and 44 (0.9256 to 0.9356).
 */
@ExtendWith(SharedNeo4j.class)
class FromGraphTrainingTest {
    /** The UMLS configuration of the query module's tests: ComplEx rank 64, 20 epochs, a few seconds. */
    private static final List<String> CONFIG = List.of("--type", "complex", "--dim", "64", "--epochs", "20", "--batch-size", "256",
            "--lr", "0.1", "--reg", "0.01", "--valid-every", "10", "--patience", "0", "--seed", "42");

    private static String[] args(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static double testMrr(Path model, Path umls) throws Exception {
        var eval = groundwork("eval", "linkpred", "--model", model.toString(), "--triples", umls.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode o = eval.lastJson();
        assertThat(o.get("n").asInt()).isEqualTo(661);
        return o.get("mrr").asDouble();
    }

    @Test
    void trainingFromTheIngestedGraphMatchesTrainingFromTheFiles(GraphStore store, @TempDir Path temp) throws Exception {
        Path umls = Path.of(getClass().getResource("/linkprediction/umls").toURI());
        var ingest = against(store, "ingest", "triples", umls.resolve("train.txt").toString(), "--dataset", "umls", "--json");
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        Path fromGraph = temp.resolve("graph.model");
        var graphRun = against(store, args(List.of("train", "linkpred", "--from-graph", "--valid-share", "0.01",
                "--out", fromGraph.toString(), "--json"), CONFIG));
        assertThat(graphRun.exit()).as(graphRun.err()).isZero();
        assertThat(graphRun.lastJson().get("entities").asInt()).isEqualTo(135);
        assertThat(graphRun.lastJson().get("relations").asInt()).isEqualTo(46);
        Path fromFiles = temp.resolve("files.model");
        var filesRun = groundwork(args(List.of("train", "linkpred", "--triples", umls.toString(), "--out", fromFiles.toString(), "--json"),
                CONFIG));
        assertThat(filesRun.exit()).as(filesRun.err()).isZero();

        double graphMrr = testMrr(fromGraph, umls);
        double filesMrr = testMrr(fromFiles, umls);
        assertThat(graphMrr).isGreaterThanOrEqualTo(0.85);
        assertThat(filesMrr).isGreaterThanOrEqualTo(0.85);
        assertThat(graphMrr).isCloseTo(filesMrr, within(0.02));
    }
}
