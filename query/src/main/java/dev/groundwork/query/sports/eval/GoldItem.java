package dev.groundwork.query.sports.eval;

import java.util.Objects;

/**
 * A gold question with its expected answer, computed from the CSV files ("cannot answer" for the
 * unanswerable ones) or read from a question file. Immutable and thread-safe. Usage:
 * {@code SportsEval.goldAnswers(dataDir).forEach(item -> System.out.println(item.expected()))}.
 *
 * @param contains false: the answer's values must equal the expected ones as a set (after
 *                 normalisation); true: each expected value must be among the answer's values
 */
public record GoldItem(GoldQuestion question, SportsAnswer expected, boolean contains) {

    /** An item whose answer must equal {@code expected} as a set. */
    public GoldItem(GoldQuestion question, SportsAnswer expected) {
        this(question, expected, false);
    }

    public GoldItem {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expected, "expected");
        if (question.answerable() != expected.answered()) {
            throw new IllegalArgumentException("gold question " + question.id() + ": answerable=" + question.answerable() + " but expected answer is " + expected);
        }
    }
}
