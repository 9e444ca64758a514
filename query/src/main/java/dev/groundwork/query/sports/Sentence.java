package dev.groundwork.query.sports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a question, by its span ({@code start} inclusive, {@code end} exclusive): a sentence ends at ".", "?", "!" or
 * ";". Tells a sentence that says what the asker believed ("I thought Brazil hosted the 2010 World Cup.") or asks whether
 * it is so ("Italy beat Brazil in 1994, didn't they?"): what it says is no premise of the question. Stateless.
 *
 * @param start where the sentence starts in the question
 * @param end where it ends, after its end mark when it has one
 */
record Sentence(int start, int end) {
    /** The marks that end a sentence. */
    private static final String ENDS = ".?!;";
    /** The spaces after an end mark: where {@link #of} splits. */
    private static final Pattern BREAK = Pattern.compile("(?<=[" + ENDS + "])\\s+");
    /** A sentence that says what the asker believed, not what is so: "I thought Brazil hosted ...". */
    private static final Pattern BELIEF = Pattern.compile(
            "\\b(?:i|we) (?:thought|believed|assumed|was told|were told|heard|had heard|used to think|always thought)\\b", Pattern.CASE_INSENSITIVE);
    /** A tag that asks whether what comes before is so: ", didn't they?", ", right?". */
    private static final Pattern TAG_QUESTION = Pattern.compile(
            ",\\s*(?:didn['’]?t|did not|wasn['’]?t|weren['’]?t|isn['’]?t|hadn['’]?t|haven['’]?t) (?:they|it|he|she|we|you)\\b|,\\s*(?:right|no|correct)\\s*\\?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The sentences of {@code text}, in order, split at the spaces after an end mark (which belong to neither sentence): an end
     * mark with no space after it ("2.0", "U.S.A") splits nothing, and spaces at the very end make no sentence. A text with no
     * such spaces is one sentence.
     */
    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Sentence(start, m.start()));
            start = m.end();
        }
        if (start < text.length() || out.isEmpty()) {
            out.add(new Sentence(start, text.length()));
        }
        return out;
    }

    /**
     * The sentence of {@code text} that holds {@code [from, to)}: from just after the last end mark before {@code from} (its
     * spaces included) to just after the first end mark at or after {@code to}, or the text's start and end. Unlike
     * {@link #of}, any end mark ends a sentence here, a space after it or not; one inside the span does not.
     */
    static Sentence around(String text, int from, int to) {
        int start = 0;
        for (int i = from - 1; i >= 0; i--) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = to; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                end = i + 1;
                break;
            }
        }
        return new Sentence(start, end);
    }

    /** This sentence's text in {@code text}. */
    String in(String text) {
        return text.substring(start, end);
    }

    /** Whether this sentence of {@code text} starts with what the asker believed ("I thought ...") or holds a tag question. */
    boolean believed(String text) {
        String sentence = in(text);
        return BELIEF.matcher(sentence).lookingAt() || TAG_QUESTION.matcher(sentence).find();
    }

    /**
     * Whether the words of this sentence of {@code text} before {@code at} say what the asker believed ("I thought Brazil ...",
     * anywhere before), or the sentence holds a tag question: what it says at {@code at} is no premise of the question.
     */
    boolean hedges(String text, int at) {
        return BELIEF.matcher(text.substring(start, at)).find() || TAG_QUESTION.matcher(in(text)).find();
    }
}
