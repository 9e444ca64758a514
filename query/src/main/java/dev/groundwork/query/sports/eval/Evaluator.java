package dev.groundwork.query.sports.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Asks a system every gold question, one at a time, timing each call, and scores the answers. */
final class Evaluator {
    private static final double NANOS_PER_MS = 1_000_000.0;

    private Evaluator() {}

    static SportsEvalResult run(SportsSystem system, List<GoldItem> gold) {
        List<QuestionOutcome> outcomes = new ArrayList<>(gold.size());
        for (GoldItem item : gold) {
            long start = System.nanoTime();
            SportsAnswer actual = system.answer(item.question().question());
            double latencyMs = (System.nanoTime() - start) / NANOS_PER_MS;
            boolean correct = item.contains() ? AnswerMatcher.contains(item.expected(), actual) : AnswerMatcher.matches(item.expected(), actual);
            outcomes.add(new QuestionOutcome(item.question(), item.expected(), actual, correct, latencyMs));
        }
        List<Double> latencies = outcomes.stream().map(QuestionOutcome::latencyMs).sorted().toList();
        Double all = accuracy(outcomes, o -> true);
        // Both rates are over all questions: an answer that is wrong, and a "cannot answer" whether right or not.
        double n = Math.max(outcomes.size(), 1);
        double wrong = outcomes.stream().filter(o -> o.actual().answered() && !o.correct()).count() / n;
        double declined = outcomes.stream().filter(o -> !o.actual().answered()).count() / n;
        return new SportsEvalResult(all == null ? 0 : all, accuracy(outcomes, o -> o.question().answerable()),
                accuracy(outcomes, o -> !o.question().answerable()), wrong, declined, percentile(latencies, 0.50), percentile(latencies, 0.95),
                outcomes.size(), outcomes);
    }

    /** The share of correct outcomes among those selected, or null when none is selected. */
    private static Double accuracy(List<QuestionOutcome> outcomes, Predicate<QuestionOutcome> selected) {
        List<QuestionOutcome> chosen = outcomes.stream().filter(selected).toList();
        if (chosen.isEmpty()) {
            return null;
        }
        return chosen.stream().filter(QuestionOutcome::correct).count() / (double) chosen.size();
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
