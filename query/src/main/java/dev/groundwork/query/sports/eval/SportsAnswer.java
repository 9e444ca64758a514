package dev.groundwork.query.sports.eval;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a soccer question: either "cannot answer" (the question is unanswerable or
 * ambiguous, or the system does not know), or one or more values. A single value is a team,
 * person, number, score ("2–1"), date or text; several values are a set (ties, or a question that
 * asks for a set), compared regardless of order. An answered empty list means "none".
 *
 * <p>Immutable and thread-safe. Usage: {@code SportsAnswer.of("Germany")},
 * {@code SportsAnswer.of(List.of("Kylian Mbappé", "Gonçalo Ramos"))}, {@code SportsAnswer.cannotAnswer()}.
 *
 * @param answered false when the answer is "cannot answer"
 * @param values   the values, in the order the system gave them; empty when not answered
 * @param method   which method answered or declined ({@code parser}, {@code text2cypher}), or empty when the system has one
 * @param text     the system's own words (an answer's sentence, a decline's reason), or empty; for error analysis only:
 *                 never compared
 */
public record SportsAnswer(boolean answered, List<String> values, String method, String text) {
    private static final SportsAnswer CANNOT_ANSWER = new SportsAnswer(false, List.of());

    public SportsAnswer {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(text, "text");
        if (!answered && !values.isEmpty()) {
            throw new IllegalArgumentException("a 'cannot answer' answer has no values, got " + values);
        }
        for (String value : values) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("answer values must not be blank, got " + values);
            }
        }
    }

    public SportsAnswer(boolean answered, List<String> values) {
        this(answered, values, "", "");
    }

    /** This answer, saying which method gave it. */
    public SportsAnswer withMethod(String method) {
        return new SportsAnswer(answered, values, method, text);
    }

    /** This answer, with the system's own words (a decline's reason, an answer's sentence). */
    public SportsAnswer withText(String text) {
        return new SportsAnswer(answered, values, method, text);
    }

    public static SportsAnswer of(String value) {
        return new SportsAnswer(true, List.of(value));
    }

    public static SportsAnswer of(long number) {
        return of(Long.toString(number));
    }

    public static SportsAnswer of(Collection<String> values) {
        return new SportsAnswer(true, List.copyOf(values));
    }

    public static SportsAnswer cannotAnswer() {
        return CANNOT_ANSWER;
    }

    @Override
    public String toString() {
        return answered ? String.join(" | ", values) : "(cannot answer)";
    }
}
