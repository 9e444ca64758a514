package dev.groundwork.query.linkprediction;

/**
 * Triples as parallel id arrays. Relation ids are below the number of relations R; the query
 * {@code (t, r + R, ?)} asks for the head of {@code (?, r, t)} through the reciprocal relation.
 */
record IndexedTriples(int[] heads, int[] relations, int[] tails) {
    int size() {
        return heads.length;
    }

    /**
     * Both directions of every triple as queries: example {@code 2i} is {@code (h, r, ?) -> t} and
     * example {@code 2i + 1} is {@code (t, r + R, ?) -> h}.
     */
    Queries queries(int relationCount) {
        int n = size();
        int[] anchors = new int[2 * n];
        int[] queryRelations = new int[2 * n];
        int[] targets = new int[2 * n];
        for (int i = 0; i < n; i++) {
            anchors[2 * i] = heads[i];
            queryRelations[2 * i] = relations[i];
            targets[2 * i] = tails[i];
            anchors[2 * i + 1] = tails[i];
            queryRelations[2 * i + 1] = relations[i] + relationCount;
            targets[2 * i + 1] = heads[i];
        }
        return new Queries(anchors, queryRelations, targets);
    }

    /** Queries {@code (anchor, relation, ?)} with their true answer, relation ids in {@code [0, 2R)}. */
    record Queries(int[] anchors, int[] relations, int[] targets) {
        int size() {
            return anchors.length;
        }
    }
}
