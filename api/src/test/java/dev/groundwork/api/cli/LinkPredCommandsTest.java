package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;

class LinkPredCommandsTest {

    /** A ring of 30 entities with 'next' and 'prev' edges; every fifth 'next' edge is held out for testing. */
    static Path ring(Path dir) throws IOException {
        List<String> train = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String next = "e" + i + "\tnext\te" + (i + 1) % 30;
            (i % 5 == 0 ? test : train).add(next);
            train.add("e" + (i + 1) % 30 + "\tprev\te" + i);
        }
        Files.write(dir.resolve("train.txt"), train);
        Files.write(dir.resolve("valid.txt"), test.subList(0, 2));
        Files.write(dir.resolve("test.txt"), test.subList(2, test.size()));
        return dir;
    }

    @Test
    void trainsAndEvaluatesWithTheContractKeys(@TempDir Path dir) throws Exception {
        Path data = ring(Files.createDirectory(dir.resolve("ring")));
        Path model = dir.resolve("ring.model");
        var train = groundwork("train", "linkpred", "--triples", data.toString(), "--dim", "16", "--epochs", "40",
                "--batch-size", "16", "--valid-every", "40", "--out", model.toString(), "--json");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(Files.isRegularFile(model)).isTrue();
        var eval = groundwork("eval", "linkpred", "--model", model.toString(), "--triples", data.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode o = eval.lastJson();
        assertThat(o.get("split").asText()).isEqualTo("test");
        assertThat(o.get("n").asInt()).isEqualTo(4);
        for (String key : new String[] {"mrr", "hits1", "hits3", "hits10"}) {
            assertThat(o.has(key)).as(key).isTrue();
        }
        // 30 candidates: a random ranking has an MRR near 0.13.
        assertThat(o.get("mrr").asDouble()).isGreaterThan(0.3);
    }

    @Test
    void relationWeightTrainsWithTheAuxiliaryObjectiveAndIsRefusedBelowZero(@TempDir Path dir) throws Exception {
        Path data = ring(Files.createDirectory(dir.resolve("ring")));
        var train = groundwork("train", "linkpred", "--triples", data.toString(), "--dim", "16", "--epochs", "40",
                "--batch-size", "16", "--valid-every", "40", "--relation-weight", "0.25", "--out", dir.resolve("rp.model").toString(), "--json");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.lastJson().get("relation_weight").asDouble()).isEqualTo(0.25);
        var eval = groundwork("eval", "linkpred", "--model", dir.resolve("rp.model").toString(), "--triples", data.toString(), "--json");
        assertThat(eval.lastJson().get("mrr").asDouble()).isGreaterThan(0.3);

        var negative = groundwork("train", "linkpred", "--triples", data.toString(), "--relation-weight", "-1", "--out",
                dir.resolve("bad.model").toString());
        assertThat(negative.exit()).isEqualTo(GroundworkCommand.EXIT_CONFIGURATION);
        assertThat(negative.err()).contains("relationWeight must be zero or positive, got -1.0");
    }

    @Test
    void trainNeedsExactlyOneSource(@TempDir Path dir) {
        var run = groundwork("train", "linkpred", "--out", dir.resolve("m.model").toString());
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork: give exactly one of --triples DIR or --from-graph");
    }
}
