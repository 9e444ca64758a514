package dev.groundwork.graph.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopHitsTest {
    /** An index's answer: its best {@code limit} of {@code all} in its own order (score, then its document order). */
    private static List<SearchIndex.Hit> fetch(List<SearchIndex.Hit> all, int limit, List<Integer> asked) {
        asked.add(limit);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static SearchIndex.Hit hit(String id, double score) {
        return new SearchIndex.Hit(id, id.substring(0, 1), "SUMMARY", score);
    }

    @Test
    void fetchesPastEveryHitTiedWithTheKthAndKeepsTheSmallestIds() {
        // Document order puts the tied hits' ids backwards; five tie at 2.0, beyond the first fetch of k + 1.
        List<SearchIndex.Hit> all = List.of(hit("z1", 3.0), hit("e5", 2.0), hit("d4", 2.0), hit("c3", 2.0), hit("b2", 2.0),
                hit("a1", 2.0), hit("y9", 1.0));
        List<Integer> asked = new ArrayList<>();
        List<SearchIndex.Hit> top = TopHits.search(limit -> fetch(all, limit, asked), 3, 4, h -> true);
        assertThat(top).extracting(SearchIndex.Hit::id).containsExactly("z1", "a1", "b2");
        assertThat(asked).containsExactly(4, 16);
    }

    @Test
    void growsUntilKHitsPassTheFilterOrTheIndexHasNoMore() {
        List<SearchIndex.Hit> all = List.of(hit("x1", 5.0), hit("x2", 4.0), hit("a1", 3.0), hit("x3", 2.0), hit("b1", 1.0));
        List<Integer> asked = new ArrayList<>();
        List<SearchIndex.Hit> top = TopHits.search(limit -> fetch(all, limit, asked), 3, 2, h -> !h.group().equals("x"));
        assertThat(top).extracting(SearchIndex.Hit::id).containsExactly("a1", "b1");
        assertThat(asked).containsExactly(3, 12);
    }

    @Test
    void anApproximateSearchIsAskedForFourfoldCandidatesAndTheTies() {
        assertThat(TopHits.approximate(300)).isEqualTo(1232);
        assertThat(TopHits.approximate(0)).isEqualTo(4 + TopHits.TIES);
    }
}
