package dev.groundwork.query.sports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of answer a question's wording asks for (a place, a date, a number, a score, a name),
 * read from its interrogative. A template's cues are those of its example questions, so a
 * "where" question does not take a template whose examples all ask "who". Stateless.
 */
enum Cue {
    SCORE, PLACE, DATE, NUMBER, NAME;

    private static final List<Map.Entry<Pattern, Cue>> RULES = List.of(
            // "How many goals did he score?" asks for a number: counting is read before scores.
            Map.entry(Pattern.compile("\\bhow many\\b|\\bhow often\\b|\\bnumber of\\b"), NUMBER),
            Map.entry(Pattern.compile("\\bscore\\b|\\bresult\\b|\\bhow did .* (end|finish)\\b|\\bwhat did .* end\\b|\\b(ended|finished) how\\b|\\bby what score\\b"), SCORE),
            Map.entry(Pattern.compile("^where\\b|\\b(which|what) (stadium|venue|city|ground)\\b"), PLACE),
            Map.entry(Pattern.compile("^when\\b|\\bwhat (date|day|year)\\b"), DATE),
            Map.entry(Pattern.compile("^(who|which|whom)\\b"), NAME));

    /** "How many won, drawn and lost?" asks for a record, three counts, not one number. */
    private static final Pattern THREE_COUNTS = Pattern.compile(AnswerKind.THREE_COUNTS);

    static Optional<Cue> of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        if (THREE_COUNTS.matcher(q).find()) {
            return Optional.empty();
        }
        return RULES.stream().filter(r -> r.getKey().matcher(q).find()).map(Map.Entry::getValue).findFirst();
    }
}
