package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.ConfigurationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Relation prediction as an auxiliary objective (Chen et al., AKBC 2021): the analytic gradient of
 * the whole objective (1-vs-all or sampled cross-entropy + relation cross-entropy + N3) equals
 * central finite differences of the loss, for ComplEx and DistMult.
 */
class RelationPredictionTest {
    // Six examples over 5 entities and 2 relations (slots 2 and 3 are the reciprocals); one self-loop.
    private static final IndexedTriples.Queries EXAMPLES = new IndexedTriples.Queries(
            new int[] {0, 1, 2, 3, 4, 1}, new int[] {0, 1, 2, 3, 0, 2}, new int[] {1, 2, 0, 4, 3, 1});
    private static final int[] ORDER = {0, 1, 2, 3, 4, 5};

    @Test
    void analyticGradientsEqualFiniteDifferencesWithN3AndOneVsAll() {
        assertGradientsMatch(ModelType.COMPLEX, 0);
        assertGradientsMatch(ModelType.DISTMULT, 0);
    }

    @Test
    void analyticGradientsEqualFiniteDifferencesWithSampledNegatives() {
        assertGradientsMatch(ModelType.COMPLEX, 2);
    }

    @Test
    void theRelationTermChangesTheGradientAndItsLossIsTheWeightedCrossEntropy() {
        TrainingConfig.Builder base = config(ModelType.COMPLEX, 0).regularization(0f);
        Embeddings model = Embeddings.initial(ModelType.COMPLEX, 3, 5, 2, 0.5f, 11);
        double without = step(base.relationWeight(0f).build(), model).gradients(EXAMPLES, ORDER, 0, 6, 1);
        BatchStep with = step(base.relationWeight(0.5f).build(), model);
        double withLoss = with.gradients(EXAMPLES, ORDER, 0, 6, 1);

        // The relation term by hand: mean over examples of logsumexp_r' score(a, r', t) - score(a, r, t).
        double expected = 0;
        for (int i = 0; i < 6; i++) {
            double[] s = new double[4];
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < 4; r++) {
                s[r] = ModelMath.score(model, EXAMPLES.anchors()[i], r, EXAMPLES.targets()[i]);
                max = Math.max(max, s[r]);
            }
            double sum = 0;
            for (double x : s) {
                sum += Math.exp(x - max);
            }
            expected += Math.log(sum) + max - s[EXAMPLES.relations()[i]];
        }
        assertThat(withLoss - without).isCloseTo(0.5 * expected / 6, org.assertj.core.api.Assertions.within(1e-5));
        assertThatThrownBy(() -> config(ModelType.COMPLEX, 0).relationWeight(-1f).build())
                .isInstanceOf(ConfigurationException.class).hasMessage("relationWeight must be zero or positive, got -1.0");
    }

    private static TrainingConfig.Builder config(ModelType type, int negatives) {
        return TrainingConfig.builder().type(type).rank(3).batchSize(6).negatives(negatives).regularization(0.02f)
                .relationWeight(0.7f).threads(1);
    }

    private static BatchStep step(TrainingConfig config, Embeddings model) {
        Optimizer optimizer = Optimizer.create(OptimizerType.ADAGRAD, 0.1f, model.entities().length, model.relations().length);
        return new BatchStep(config, model, optimizer, new Parallel(1));
    }

    private static void assertGradientsMatch(ModelType type, int negatives) {
        Embeddings model = Embeddings.initial(type, 3, 5, 2, 0.5f, 11);
        BatchStep step = step(config(type, negatives).build(), model);
        step.gradients(EXAMPLES, ORDER, 0, 6, 1);
        float[] entityGradients = step.entityGradients().clone();
        float[] relationGradients = step.relationGradients().clone();
        Arrays.fill(step.relationGradients(), 0f);
        checkTable(step, model.entities(), entityGradients, type + " entities");
        checkTable(step, model.relations(), relationGradients, type + " relations");
    }

    private static void checkTable(BatchStep step, float[] table, float[] analytic, String what) {
        float eps = 1e-2f;
        double largest = 0;
        for (int i = 0; i < table.length; i++) {
            float saved = table[i];
            table[i] = saved + eps;
            double plus = loss(step);
            table[i] = saved - eps;
            double minus = loss(step);
            table[i] = saved;
            double numeric = (plus - minus) / (2 * eps);
            largest = Math.max(largest, Math.abs(numeric));
            assertThat(analytic[i]).as("%s[%d]", what, i).isCloseTo((float) numeric, org.assertj.core.api.Assertions.within(2e-3f));
        }
        assertThat(largest).as("%s: the gradients are not all zero", what).isGreaterThan(0.01);
    }

    private static double loss(BatchStep step) {
        double loss = step.gradients(EXAMPLES, ORDER, 0, 6, 1);
        Arrays.fill(step.relationGradients(), 0f);
        return loss;
    }
}
