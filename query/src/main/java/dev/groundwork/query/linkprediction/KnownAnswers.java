package dev.groundwork.query.linkprediction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every known answer of every query {@code (anchor, relation, ?)} over train, valid and test, in
 * both directions: the filter of the filtered ranking protocol. Immutable after construction.
 */
final class KnownAnswers {
    private static final int[] NONE = new int[0];
    private final Map<Long, int[]> answers;
    private final int relationSlots;

    private KnownAnswers(Map<Long, int[]> answers, int relationSlots) {
        this.answers = answers;
        this.relationSlots = relationSlots;
    }

    static KnownAnswers of(int relationCount, IndexedTriples... splits) {
        int slots = 2 * relationCount;
        Map<Long, int[]> grown = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (IndexedTriples split : splits) {
            IndexedTriples.Queries queries = split.queries(relationCount);
            for (int i = 0; i < queries.size(); i++) {
                long key = key(queries.anchors()[i], queries.relations()[i], slots);
                int size = sizes.getOrDefault(key, 0);
                int[] list = grown.getOrDefault(key, NONE);
                if (size == list.length) {
                    list = Arrays.copyOf(list, Math.max(4, size * 2));
                    grown.put(key, list);
                }
                list[size] = queries.targets()[i];
                sizes.put(key, size + 1);
            }
        }
        Map<Long, int[]> sorted = HashMap.newHashMap(grown.size());
        grown.forEach((key, list) -> sorted.put(key, Arrays.stream(list, 0, sizes.get(key)).sorted().distinct().toArray()));
        return new KnownAnswers(sorted, slots);
    }

    /** The sorted, distinct known answers of {@code (anchor, relation, ?)}. */
    int[] of(int anchor, int relation) {
        return answers.getOrDefault(key(anchor, relation, relationSlots), NONE);
    }

    boolean contains(int anchor, int relation, int answer) {
        return Arrays.binarySearch(of(anchor, relation), answer) >= 0;
    }

    private static long key(int anchor, int relation, int slots) {
        return (long) anchor * slots + relation;
    }
}
