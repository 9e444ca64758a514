package dev.groundwork.query.sports.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one system on the soccer gold set or a question file: exact-answer accuracy over
 * all questions, the answerable ones and the unanswerable ones (null where the set has none), the
 * share of all questions answered wrongly and the share declined, latency percentiles (nearest
 * rank) and the number of questions, plus every question's outcome for error analysis.
 *
 * <p>Immutable and thread-safe. Usage: {@code System.out.println(SportsEval.evaluate(system, gold).toJson())}
 * prints {@code {"accuracy":…,"accuracy_answerable":…,"accuracy_unanswerable":…,"wrong_rate":…,"decline_rate":…,"p50_ms":…,"p95_ms":…,"n":…}}.
 */
public record SportsEvalResult(double accuracy, Double accuracyAnswerable, Double accuracyUnanswerable, double wrongRate, double declineRate,
        double p50Ms, double p95Ms, int n,
        List<QuestionOutcome> outcomes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SportsEvalResult {
        outcomes = List.copyOf(outcomes);
        requireFraction(accuracy, "accuracy");
        requireFraction(wrongRate, "wrongRate");
        requireFraction(declineRate, "declineRate");
        if (accuracyAnswerable != null) {
            requireFraction(accuracyAnswerable, "accuracyAnswerable");
        }
        if (accuracyUnanswerable != null) {
            requireFraction(accuracyUnanswerable, "accuracyUnanswerable");
        }
        if (n != outcomes.size()) {
            throw new IllegalArgumentException("n must be the number of outcomes, " + outcomes.size() + ", got " + n);
        }
        if (p50Ms < 0 || p95Ms < p50Ms) {
            throw new IllegalArgumentException("expected 0 <= p50Ms <= p95Ms, got " + p50Ms + " and " + p95Ms);
        }
    }

    private static void requireFraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }

    /** The eight metrics under the keys the evaluation reports use; outcomes are left out. */
    public String toJson() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", accuracy);
        metrics.put("accuracy_answerable", accuracyAnswerable);
        metrics.put("accuracy_unanswerable", accuracyUnanswerable);
        metrics.put("wrong_rate", wrongRate);
        metrics.put("decline_rate", declineRate);
        metrics.put("p50_ms", p50Ms);
        metrics.put("p95_ms", p95Ms);
        metrics.put("n", n);
        try {
            return JSON.writeValueAsString(metrics);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
