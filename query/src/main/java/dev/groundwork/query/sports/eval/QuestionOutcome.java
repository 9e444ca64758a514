package dev.groundwork.query.sports.eval;

import java.util.Objects;

/**
 * How a system did on one gold question. Immutable and thread-safe; part of a {@link SportsEvalResult}.
 * Usage: {@code result.outcomes().stream().filter(o -> !o.correct())}.
 *
 * @param latencyMs wall-clock time of the system's {@code answer} call, in milliseconds
 */
public record QuestionOutcome(GoldQuestion question, SportsAnswer expected, SportsAnswer actual, boolean correct, double latencyMs) {

    public QuestionOutcome {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (latencyMs < 0 || Double.isNaN(latencyMs)) {
            throw new IllegalArgumentException("latencyMs must be >= 0, got " + latencyMs);
        }
    }
}
