package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
    @TempDir
    Path temp;

    private static TrainingConfig.Builder small() {
        return Umls.config().rank(16).epochs(2).validEvery(0);
    }

    @Test
    void sameSeedGivesBitIdenticalModelsWhateverTheThreadCount() throws IOException {
        Path one = save(LinkPredictor.train(Umls.data(), small().threads(1).build()), "one");
        Path two = save(LinkPredictor.train(Umls.data(), small().threads(2).build()), "two");
        Path other = save(LinkPredictor.train(Umls.data(), small().threads(2).seed(7).build()), "other");

        assertThat(Files.mismatch(one, two)).isEqualTo(-1L);
        assertThat(Files.mismatch(one, other)).isNotEqualTo(-1L);
    }

    @Test
    void resumingFromACheckpointGivesTheSameModelAsAnUninterruptedRun() throws IOException {
        TrainingConfig.Builder config = small().epochs(3).validEvery(1).optimizer(OptimizerType.ADAM).learningRate(0.01f);
        Path uninterrupted = save(LinkPredictor.train(Umls.data(), config.checkpointDirectory(temp.resolve("a")).build()), "a");

        LinkPredictor.train(Umls.data(), config.epochs(1).checkpointDirectory(temp.resolve("b")).build());
        List<Integer> resumedEpochs = new ArrayList<>();
        LinkPredictor resumed = LinkPredictor.train(Umls.data(), config.epochs(3).resume(true).build(), r -> resumedEpochs.add(r.epoch()));

        assertThat(resumedEpochs).containsExactly(2, 3);
        assertThat(Files.mismatch(uninterrupted, save(resumed, "b"))).isEqualTo(-1L);
    }

    @Test
    void resumingWithAnotherRankIsRejected() {
        Path dir = temp.resolve("c");
        LinkPredictor.train(Umls.data(), small().epochs(1).checkpointDirectory(dir).build());

        assertThatThrownBy(() -> LinkPredictor.train(Umls.data(), small().rank(8).checkpointDirectory(dir).resume(true).build()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("checkpoint '" + dir.resolve("checkpoint.bin") + "' was written with rank 16, but this run uses 8; "
                        + "use another checkpointDirectory or the same settings and triples");
    }

    @Test
    void progressReportsEveryEpochWithValidMrrAtTheConfiguredInterval() {
        List<EpochReport> reports = new ArrayList<>();
        LinkPredictor.train(Umls.data(), small().epochs(4).validEvery(2).build(), reports::add);

        assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2, 3, 4);
        assertThat(reports).extracting(r -> r.validMrr().isPresent()).containsExactly(false, true, false, true);
        assertThat(reports.get(3).loss()).isLessThan(reports.get(0).loss());
        assertThat(reports).allSatisfy(r -> assertThat(r.examplesPerSecond()).isPositive());
        assertThat(reports).allSatisfy(r -> assertThat(r.matmulGflops()).isPositive());
    }

    @Test
    void sharedNegativeSamplingKeepsUmlsQuality() {
        LinkPredictor model = LinkPredictor.train(Umls.data(), Umls.config().negatives(64).build());

        assertThat(model.evaluate(Umls.data(), Split.TEST).mrr()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void earlyStoppingStopsAfterPatienceValidationsWithoutGainAndKeepsTheBest() {
        Embeddings current = Embeddings.initial(ModelType.DISTMULT, 2, 3, 1, 1f, 1);
        TrainingState state = new TrainingState(current, Optimizer.create(OptimizerType.ADAGRAD, 0.1f, 6, 4));

        assertThat(state.finishEpoch(1, OptionalDouble.of(0.5), 2)).isFalse();
        float bestFirst = current.entities()[0];
        current.entities()[0] = 42f;
        assertThat(state.finishEpoch(2, OptionalDouble.of(0.4), 2)).isFalse();
        assertThat(state.finishEpoch(3, OptionalDouble.empty(), 2)).isFalse();
        assertThat(state.finishEpoch(4, OptionalDouble.of(0.5), 2)).isTrue();
        assertThat(state.result().entities()[0]).isEqualTo(bestFirst);
    }

    @Test
    void emptyTrainingSetIsRejected() {
        TripleSplits empty = new TripleSplits(List.of(), List.of(), List.of(new Triple("a", "r", "b")));

        assertThatThrownBy(() -> LinkPredictor.train(empty, small().build()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("train triples must not be empty; got 0 triples");
    }

    @Test
    void invalidSettingsNameTheSettingAndTheValue() {
        assertThatThrownBy(() -> small().rank(0).build())
                .isInstanceOf(ConfigurationException.class).hasMessage("rank must be positive, got 0");
        assertThatThrownBy(() -> small().learningRate(-1f).build())
                .isInstanceOf(ConfigurationException.class).hasMessage("learningRate must be a positive number, got -1.0");
        assertThatThrownBy(() -> small().resume(true).build())
                .isInstanceOf(ConfigurationException.class).hasMessage("resume needs a checkpointDirectory, got none");
    }

    private Path save(LinkPredictor model, String name) {
        Path file = temp.resolve(name + ".model");
        model.save(file);
        return file;
    }
}
