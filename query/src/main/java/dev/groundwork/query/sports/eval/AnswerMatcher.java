package dev.groundwork.query.sports.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Exact-answer comparison after normalisation (docs/sports-eval.md, "Answer rules"). A "cannot
 * answer" is right exactly when the gold answer is one. Otherwise both value lists are normalised
 * and compared as sets: order never matters, ties must all be given, and nothing may be added.
 */
final class AnswerMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASH = Pattern.compile("\\s*[\\u2010-\\u2015\\u2212-]\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(\\.0+)?");

    private AnswerMatcher() {}

    static boolean matches(SportsAnswer expected, SportsAnswer actual) {
        if (!expected.answered() || !actual.answered()) {
            return expected.answered() == actual.answered();
        }
        return normalised(expected).equals(normalised(actual));
    }

    /** As {@link #matches}, but each expected value need only be among the answer's values. */
    static boolean contains(SportsAnswer expected, SportsAnswer actual) {
        if (!expected.answered() || !actual.answered()) {
            return expected.answered() == actual.answered();
        }
        return normalised(actual).containsAll(normalised(expected));
    }

    private static Set<String> normalised(SportsAnswer answer) {
        return answer.values().stream().map(AnswerMatcher::normalise).collect(Collectors.toSet());
    }

    /**
     * Case, accents, surrounding space and punctuation, a leading "the", dash style in scores and
     * dates ("2 - 1", "2-1", "2–1") and leading zeros or ".0" in numbers do not count.
     */
    static String normalise(String value) {
        String text = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        text = SPACE.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        text = DASH.matcher(text).replaceAll("-");
        text = text.replaceAll("[.!?,;:]+$", "").replaceFirst("^the ", "");
        if (INTEGER.matcher(text).matches()) {
            return Long.toString((long) Double.parseDouble(text));
        }
        return text;
    }
}
