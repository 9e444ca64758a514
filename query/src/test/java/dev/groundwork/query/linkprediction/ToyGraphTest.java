package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToyGraphTest {
    private static final int NODES = 12;

    // A directed cycle n0 -> n1 -> ... -> n11 -> n0: every tail and head is determined.
    private static TripleSplits cycle() {
        List<Triple> train = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            train.add(new Triple("n" + i, "next", "n" + ((i + 1) % NODES)));
        }
        return new TripleSplits(train, List.of(), List.of());
    }

    private static TrainingConfig.Builder toy(ModelType type) {
        return TrainingConfig.builder().type(type).rank(8).epochs(150).batchSize(8).learningRate(0.1f)
                .regularization(0f).initScale(0.1f).validEvery(0).seed(3);
    }

    @Test
    void complExRanksTrueTailAndTrueHeadFirstOnADirectedCycle() {
        LinkPredictor model = LinkPredictor.train(cycle(), toy(ModelType.COMPLEX).build());

        for (int i = 0; i < NODES; i++) {
            assertThat(model.topTails("n" + i, "next", 1).get(0).entity()).isEqualTo("n" + ((i + 1) % NODES));
            assertThat(model.topHeads("next", "n" + ((i + 1) % NODES), 1).get(0).entity()).isEqualTo("n" + i);
        }
    }

    @Test
    void adamAlsoLearnsTheCycle() {
        LinkPredictor model = LinkPredictor.train(cycle(), toy(ModelType.COMPLEX).optimizer(OptimizerType.ADAM).learningRate(0.05f).build());

        assertThat(model.evaluate(cycle(), Split.TRAIN).mrr()).isGreaterThan(0.9);
    }

    @Test
    void distMultRanksTheSpouseFirstOnSymmetricPairs() {
        List<Triple> train = new ArrayList<>();
        for (int i = 0; i < NODES; i += 2) {
            train.add(new Triple("p" + i, "married", "p" + (i + 1)));
            train.add(new Triple("p" + (i + 1), "married", "p" + i));
        }
        LinkPredictor model = LinkPredictor.train(new TripleSplits(train, List.of(), List.of()), toy(ModelType.DISTMULT).build());

        for (int i = 0; i < NODES; i += 2) {
            assertThat(model.topTails("p" + i, "married", 1).get(0).entity()).isEqualTo("p" + (i + 1));
        }
        assertThat(model.score("p0", "married", "p1").score()).isGreaterThan(model.score("p0", "married", "p2").score());
    }
}
