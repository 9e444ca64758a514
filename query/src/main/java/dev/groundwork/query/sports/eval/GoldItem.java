package dev.groundwork.query.sports.eval;

import java.util.Objects;

/**
 * A gold question with its expected answer, computed from the CSV files ("cannot answer" for the
 * unanswerable ones). Immutable and thread-safe. Usage:
 * {@code SportsEval.goldAnswers(dataDir).forEach(item -> System.out.println(item.expected()))}.
 */
public record GoldItem(GoldQuestion question, SportsAnswer expected) {

    public GoldItem {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expected, "expected");
        if (question.answerable() != expected.answered()) {
            throw new IllegalArgumentException("gold question " + question.id() + ": answerable=" + question.answerable() + " but expected answer is " + expected);
        }
    }
}
