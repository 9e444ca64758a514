package dev.groundwork.graph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The {@code k} best hits of a search, the same whichever index answers it: best score first, equal scores by id, and
 * the cut at {@code k} taken after every hit tied with the {@code k}-th is known. An index orders equal scores by its
 * own document order (insertion and merge history), which differs between two indexes of the same documents and
 * changes which of several tied hits make the cut; ordering by id makes the list a function of the documents alone.
 * Stateless; thread-safe.
 */
final class TopHits {
    /** Best score first, then by id. */
    static final Comparator<SearchIndex.Hit> ORDER = Comparator.comparingDouble(SearchIndex.Hit::score).reversed()
            .thenComparing(SearchIndex.Hit::id);

    /** Hits fetched beyond {@code k} at first, so that those tied with the {@code k}-th (or filtered out) usually are in. */
    static final int TIES = 32;
    /**
     * How many more candidates than {@code k} an approximate (HNSW) vector search is asked for before they are scored
     * exactly and cut to {@code k}.
     */
    static final int OVERSAMPLE = 4;

    private TopHits() {}

    /** The candidates to ask an approximate vector search for, to return {@code k}. */
    static int approximate(int k) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(1, k) * OVERSAMPLE + TIES);
    }

    /**
     * Asks {@code fetch} for the index's best hits, {@code first} of them and then fourfold more until {@code k} pass
     * {@code keep} and the last hit fetched scores below the {@code k}-th kept (nothing tied with it is left out), or
     * the index has no more; returns the {@code k} best kept in {@link #ORDER}.
     *
     * @param fetch the index's best {@code limit} hits (any order), given {@code limit}
     */
    static List<SearchIndex.Hit> search(IntFunction<List<SearchIndex.Hit>> fetch, int k, int first, Predicate<SearchIndex.Hit> keep) {
        int want = Math.max(1, k);
        int limit = Math.max(want, first);
        while (true) {
            List<SearchIndex.Hit> raw = fetch.apply(limit);
            List<SearchIndex.Hit> kept = new ArrayList<>(raw.size());
            double lowest = Double.POSITIVE_INFINITY;
            for (SearchIndex.Hit h : raw) {
                lowest = Math.min(lowest, h.score());
                if (keep.test(h)) {
                    kept.add(h);
                }
            }
            kept.sort(ORDER);
            boolean exhausted = raw.size() < limit || limit == Integer.MAX_VALUE;
            if (exhausted || kept.size() >= want && lowest < kept.get(want - 1).score()) {
                return kept.size() > want ? List.copyOf(kept.subList(0, want)) : kept;
            }
            limit = (int) Math.min(Integer.MAX_VALUE, limit * 4L);
        }
    }
}
