package dev.groundwork.query.cqa;

import dev.groundwork.query.linkprediction.LinkPredictor;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains a {@link CqdaCalibration} with the link predictor frozen: for each training query, a
 * calibrated beam search, then binary cross-entropy of the final truth values of one answer
 * (pushed to 1) and of sampled non-answers (pushed to 0). The gradient flows back along each
 * target's best assignment (the max over candidates is differentiated at its argmax, the
 * subgradient) to the calibration of every atom on it. Adam. One instance per run.
 */
final class CalibrationTrainer {
    private static final float EPS = 1e-6f;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;

    private final LinkPredictor model;
    private final List<LabeledQuery> queries;
    private final CqdaTraining settings;
    private final Consumer<String> progress;
    private final CqdaCalibration layer;
    private final float[] gradWeights;
    private final float[] gradBias = new float[2];
    private final float[] features;
    private final double[] m;
    private final double[] v;
    private int step;

    CalibrationTrainer(LinkPredictor model, List<LabeledQuery> queries, CqdaTraining settings, Consumer<String> progress) {
        this.model = model;
        this.queries = queries;
        this.settings = settings;
        this.progress = progress;
        this.layer = CqdaCalibration.zero(model);
        this.gradWeights = new float[layer.weights().length];
        this.features = new float[layer.features()];
        this.m = new double[layer.parameterCount()];
        this.v = new double[layer.parameterCount()];
    }

    CqdaCalibration run() {
        List<IdQuery> resolved = new ArrayList<>(queries.size());
        List<int[]> answers = new ArrayList<>(queries.size());
        for (LabeledQuery q : queries) {
            resolved.add(IdQuery.resolve(q.query(), model));
            answers.add(q.answers().stream().mapToInt(model::entityId).toArray());
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        SearchOptions options = new SearchOptions(settings.beam(), settings.tnorm(), SearchOptions.Squash.SIGMOID, true);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long t0 = System.nanoTime();
            // The JDK's Fisher-Yates (the same draws as Trainer.shuffled, from this run's one generator).
            List<Integer> order = new ArrayList<>(IntStream.range(0, resolved.size()).boxed().toList());
            Collections.shuffle(order, random);
            double loss = 0;
            int inBatch = 0;
            for (int index : order) {
                loss += accumulate(new BeamSearch(model, layer, options), resolved.get(index), answers.get(index), random);
                if (++inBatch == settings.batch()) {
                    adamStep(inBatch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                adamStep(inBatch);
            }
            progress.accept(String.format(Locale.ROOT, "epoch %d: loss %.4f, %.1f s, %d queries, scale bias %.4f, offset bias %.4f",
                    epoch, loss / order.size(), (System.nanoTime() - t0) / 1e9, order.size(), layer.bias()[0], layer.bias()[1]));
        }
        return layer;
    }

    private double accumulate(BeamSearch search, IdQuery query, int[] answerIds, SplittableRandom random) {
        BeamSearch.Node root = search.run(query);
        float[] s = root.scores();
        BitSet isAnswer = new BitSet(s.length);
        for (int a : answerIds) {
            isAnswer.set(a);
        }
        int positive = answerIds[random.nextInt(answerIds.length)];
        double loss = -Math.log(clamp(s[positive]));
        backward(root, positive, -1f / clamp(s[positive]));
        int hard = settings.negatives() / 2;
        int[] best = LinkPredictor.topIds(s, hard + answerIds.length);
        List<Integer> negatives = new ArrayList<>();
        for (int id : best) {
            if (!isAnswer.get(id) && negatives.size() < hard) {
                negatives.add(id);
            }
        }
        while (negatives.size() < settings.negatives()) {
            int id = random.nextInt(s.length);
            if (!isAnswer.get(id)) {
                negatives.add(id);
            }
        }
        float weight = 1f / negatives.size();
        for (int id : negatives) {
            loss -= weight * Math.log(1 - clamp(s[id]));
            backward(root, id, weight / (1 - clamp(s[id])));
        }
        return loss;
    }

    private static float clamp(float x) {
        return Math.min(1 - EPS, Math.max(EPS, x));
    }

    // Adds d(loss)/d(parameters) given g = d(loss)/d(value of node at target).
    private void backward(BeamSearch.Node node, int target, float g) {
        TNorm tnorm = settings.tnorm();
        switch (node) {
            case BeamSearch.Anchor a -> { }
            case BeamSearch.Projection p -> {
                int c = p.source()[target];
                if (c < 0) {
                    return;
                }
                float atom = p.atom()[target];
                float prior = p.operand().scores()[c];
                boolean product = tnorm == TNorm.PRODUCT;
                float gAtom = product ? g * prior : (atom <= prior ? g : 0f);
                float gPrior = product ? g * atom : (atom <= prior ? 0f : g);
                float dz = gAtom * atom * (1 - atom);
                if (dz != 0f) {
                    float raw = model.rawScore(c, p.slot(), target);
                    model.atomFeatures(c, p.slot(), features);
                    addGradient(dz * raw, dz);
                }
                if (gPrior != 0f) {
                    backward(p.operand(), c, gPrior);
                }
            }
            case BeamSearch.And a -> combine(a.operands(), target, g, false);
            case BeamSearch.Or o -> combine(o.operands(), target, g, true);
            case BeamSearch.Not n -> backward(n.operand(), target, -g);
        }
    }

    // Product: d(prod x_j)/dx_i = prod_{j != i} x_j; for the probabilistic sum the same on 1 - x. Goedel: the min (max) operand.
    private void combine(List<BeamSearch.Node> operands, int target, float g, boolean union) {
        if (settings.tnorm() == TNorm.GOEDEL) {
            BeamSearch.Node pick = operands.get(0);
            for (BeamSearch.Node o : operands) {
                float x = o.scores()[target];
                float y = pick.scores()[target];
                if (union ? x > y : x < y) {
                    pick = o;
                }
            }
            backward(pick, target, g);
            return;
        }
        for (int i = 0; i < operands.size(); i++) {
            float others = 1f;
            for (int j = 0; j < operands.size(); j++) {
                if (j != i) {
                    float x = operands.get(j).scores()[target];
                    others *= union ? 1 - x : x;
                }
            }
            backward(operands.get(i), target, g * others);
        }
    }

    private void addGradient(float dAlpha, float dBeta) {
        int f = features.length;
        for (int i = 0; i < f; i++) {
            gradWeights[i] += dAlpha * features[i];
            gradWeights[f + i] += dBeta * features[i];
        }
        gradBias[0] += dAlpha;
        gradBias[1] += dBeta;
    }

    private void adamStep(int batch) {
        step++;
        float[] w = layer.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] -= update(i, gradWeights[i] / batch);
            gradWeights[i] = 0;
        }
        float[] b = layer.bias();
        for (int i = 0; i < 2; i++) {
            b[i] -= update(w.length + i, gradBias[i] / batch);
            gradBias[i] = 0;
        }
    }

    private float update(int i, double g) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * g;
        v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
        double mHat = m[i] / (1 - Math.pow(BETA1, step));
        double vHat = v[i] / (1 - Math.pow(BETA2, step));
        return (float) (settings.learningRate() * mHat / (Math.sqrt(vHat) + 1e-8));
    }
}
