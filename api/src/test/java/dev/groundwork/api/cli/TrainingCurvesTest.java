package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code train linkpred}: the epochs in --json, the history beside the model, and --plot's SVG. */
class TrainingCurvesTest {
    @Test
    void trainingReportsEveryEpochSavesTheHistoryAndPlotsIt(@TempDir Path dir) throws Exception {
        Path data = LinkPredCommandsTest.ring(Files.createDirectory(dir.resolve("ring")));
        Path model = dir.resolve("m.model");
        Path svg = dir.resolve("curves.svg");
        var train = groundwork("train", "linkpred", "--triples", data.toString(), "--dim", "8", "--epochs", "4",
                "--batch-size", "16", "--valid-every", "2", "--out", model.toString(), "--json", "--plot", svg.toString());
        assertThat(train.exit()).as(train.err()).isZero();
        JsonNode epochs = train.lastJson().get("epochs");
        assertThat(epochs).hasSize(4);
        for (JsonNode e : epochs) {
            assertThat(e.fieldNames()).toIterable().containsExactly("epoch", "loss", "valid_mrr", "seconds", "gflops");
            assertThat(e.get("loss").asDouble()).isPositive();
        }
        assertThat(epochs.get(0).get("valid_mrr").isNull()).isTrue();
        assertThat(epochs.get(1).get("valid_mrr").isNumber()).isTrue();

        Path history = dir.resolve("m.history.json");
        assertThat(TrainingHistory.besideModel(model)).isEqualTo(history);
        assertThat(TrainingHistory.read(history).toJson()).hasSize(4);
        assertThat(train.lastJson().get("history").asText()).isEqualTo(history.toString());

        String plot = Files.readString(svg);
        assertThat(plot).startsWith("<svg").contains("<polyline").contains("loss").contains("valid MRR").doesNotContain("<script");
    }

    @Test
    void aFileThatIsNotAHistoryIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("x.history.json"), "{\"runs\": []}");
        assertThatThrownBy(() -> TrainingHistory.read(bad)).isInstanceOf(BadInputException.class)
                .hasMessage(bad + ": expected a training history ({\"epochs\": [...]}), got no epochs array");
    }
}
