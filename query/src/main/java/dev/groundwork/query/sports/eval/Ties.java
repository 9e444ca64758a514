package dev.groundwork.query.sports.eval;

import java.util.List;
import java.util.Map;

/** "The most" questions: every key that reaches the maximum, because a tie has several right answers. */
final class Ties {
    private Ties() {}

    static SportsAnswer best(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> best = counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).sorted().toList();
        return SportsAnswer.of(best);
    }
}
