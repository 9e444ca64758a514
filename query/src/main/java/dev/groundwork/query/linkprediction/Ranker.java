package dev.groundwork.query.linkprediction;

/**
 * Filtered ranking of the true answer of each query among all entities, with the "realistic"
 * tie convention: rank = 1 + (#better) + (#tied others) / 2, so a constant model gets the rank in
 * the middle, never 1. A NaN score ranks last. Stateless.
 */
final class Ranker {
    private static final int BATCH = 256;

    private Ranker() {}

    static EvaluationResult evaluate(Parallel parallel, Embeddings model, IndexedTriples triples, KnownAnswers known, String split) {
        IndexedTriples.Queries queries = triples.queries(model.relationCount());
        double[] ranks = ranks(parallel, model, queries, known);
        double reciprocal = 0;
        int hits1 = 0, hits3 = 0, hits10 = 0;
        for (double rank : ranks) {
            reciprocal += 1.0 / rank;
            hits1 += rank <= 1 ? 1 : 0;
            hits3 += rank <= 3 ? 1 : 0;
            hits10 += rank <= 10 ? 1 : 0;
        }
        int count = Math.max(1, ranks.length);
        return new EvaluationResult(split, reciprocal / count, (double) hits1 / count, (double) hits3 / count, (double) hits10 / count, triples.size());
    }

    static double[] ranks(Parallel parallel, Embeddings model, IndexedTriples.Queries queries, KnownAnswers known) {
        int n = model.entityCount();
        int width = model.width();
        float[] q = new float[BATCH * width];
        float[] scores = new float[BATCH * n];
        double[] ranks = new double[queries.size()];
        for (int first = 0; first < queries.size(); first += BATCH) {
            int count = Math.min(BATCH, queries.size() - first);
            int start = first;
            model.queries(queries.anchors(), queries.relations(), first, count, q);
            model.scoreAll(parallel, q, count, scores);
            parallel.forRange(count, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int query = start + i;
                    int[] filter = known.of(queries.anchors()[query], queries.relations()[query]);
                    ranks[query] = rank(scores, i * n, n, queries.targets()[query], filter);
                }
            });
        }
        return ranks;
    }

    /** The filtered realistic rank of {@code target} in {@code scores[at, at + n)}; {@code filter} is sorted. */
    static double rank(float[] scores, int at, int n, int target, int[] filter) {
        float score = scores[at + target];
        if (Float.isNaN(score)) {
            return n;
        }
        int better = 0;
        int tied = 0;
        for (int j = 0; j < n; j++) {
            float other = scores[at + j];
            better += other > score ? 1 : 0;
            tied += other == score ? 1 : 0;
        }
        tied--; // the target itself
        for (int answer : filter) {
            if (answer != target) {
                float other = scores[at + answer];
                better -= other > score ? 1 : 0;
                tied -= other == score ? 1 : 0;
            }
        }
        return 1 + better + tied / 2.0;
    }
}
