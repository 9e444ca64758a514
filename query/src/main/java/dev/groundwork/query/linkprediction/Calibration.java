package dev.groundwork.query.linkprediction;

import java.util.SplittableRandom;

/**
 * Platt scaling: {@code P(true | score) = 1 / (1 + exp(-(a * score + b)))}, fitted by Newton's
 * method on true triples (both directions) against as many corrupted ones (a random answer that is
 * not a known one). An immutable value.
 */
record Calibration(double a, double b) {
    /** Used when there is nothing to fit on: the plain logistic function of the score. */
    static final Calibration IDENTITY = new Calibration(1, 0);
    private static final int ITERATIONS = 50;

    double probability(double score) {
        return 1 / (1 + StrictMath.exp(-(a * score + b)));
    }

    static Calibration fit(Embeddings model, IndexedTriples triples, KnownAnswers known, long seed) {
        IndexedTriples.Queries queries = triples.queries(model.relationCount());
        if (queries.size() == 0 || model.entityCount() < 2) {
            return IDENTITY;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = queries.size();
        double[] scores = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int anchor = queries.anchors()[i];
            int relation = queries.relations()[i];
            scores[2 * i] = ModelMath.score(model, anchor, relation, queries.targets()[i]);
            scores[2 * i + 1] = ModelMath.score(model, anchor, relation, corrupt(random, model.entityCount(), known, anchor, relation));
        }
        return newton(scores);
    }

    private static int corrupt(SplittableRandom random, int entities, KnownAnswers known, int anchor, int relation) {
        int candidate = random.nextInt(entities);
        // A few retries avoid a known answer; with dense relations a known one is kept as noise.
        for (int attempt = 0; attempt < 10 && known.contains(anchor, relation, candidate); attempt++) {
            candidate = random.nextInt(entities);
        }
        return candidate;
    }

    // Even indices are positives, odd ones negatives. Two-parameter logistic regression by Newton.
    private static Calibration newton(double[] scores) {
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < scores.length; i++) {
                double label = i % 2 == 0 ? 1 : 0;
                double p = 1 / (1 + StrictMath.exp(-(a * scores[i] + b)));
                double w = p * (1 - p);
                ga += (p - label) * scores[i];
                gb += p - label;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (!(Math.abs(det) > 1e-12)) {
                break;
            }
            a -= (hbb * ga - hab * gb) / det;
            b -= (haa * gb - hab * ga) / det;
        }
        return Double.isFinite(a) && Double.isFinite(b) ? new Calibration(a, b) : IDENTITY;
    }
}
