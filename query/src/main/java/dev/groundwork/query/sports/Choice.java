package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that offers its answer's options: "Was it Brazil or Germany who won the 2002 final?", "Which country finished
 * third in 1974, was it Poland or Brazil?", "Who topped Group B at the 2018 World Cup - Spain or Portugal?". The options are
 * two linked teams or two linked players joined by "or"; they are no constraint of the match or team asked about, so the
 * question is read without them ({@link Reading#asked}) and answered only when that question's answer is exactly one of the
 * options. "Did Mexico or Germany win?" is not read here ({@link AnswerKind} reads it as a question for a team). Stateless.
 */
final class Choice {
    /** "was it", "is it", "were they" before the options. */
    private static final String WAS_IT = "(?:(?:was|is|were)\\s+(?:it|they)\\s+)";
    /** Before the first option of a question that starts with them: "Was it (the) ". */
    private static final Pattern LEADING = Pattern.compile("^\\s*" + WAS_IT + "(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** After the second option of a question that starts with them: " who won the 2002 final?". */
    private static final Pattern LEADING_REST = Pattern.compile("^\\s+(?:who|that|which)\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    /** Between the asked question and options that end it: ", was it ", " - ", ": ", " was it (the) ". */
    private static final Pattern TRAILING = Pattern.compile("(?:\\s*[,;:\\-–—]\\s*" + WAS_IT + "?|\\s+" + WAS_IT + ")(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** What may follow options that end the question. */
    private static final Pattern END = Pattern.compile("^['’]?\\s*[?.!]*\\s*$");
    /** The asked question of options that end it starts with an interrogative. */
    private static final Pattern ASKS = Pattern.compile("^\\s*(who|whom|whose|which|what)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OR = Pattern.compile("^\\s+or\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * The reading of a choice question.
     *
     * @param asked the question without its options
     * @param options the options, as the graph names them
     */
    record Reading(String asked, List<String> options) {
        Reading {
            options = List.copyOf(options);
        }

        /** The option {@code values} are exactly, or null when they are none of them or more than one value. */
        String chosen(List<String> values) {
            if (values.size() != 1) {
                return null;
            }
            String folded = Names.fold(values.getFirst());
            return options.stream().filter(o -> Names.fold(o).equals(folded)).findFirst().orElse(null);
        }
    }

    private Choice() {}

    /**
     * The reading of {@code question} when it offers two options for its answer, else null.
     *
     * @param named the teams and players the question names, as {@link QuestionFrame} reads them (a name several players share
     *              narrowed by the tournament and teams named)
     */
    static Reading read(String question, List<Mention> named) {
        List<Mention> mentions = named.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.kind() != b.kind() || a.kind() != Kind.TEAM && a.kind() != Kind.PLAYER || a.ambiguous() || b.ambiguous()
                    || a.end() > b.start() || !OR.matcher(question.substring(a.end(), b.start())).matches()) {
                continue;
            }
            List<String> options = List.of(a.candidates().getFirst().name(), b.candidates().getFirst().name());
            String before = question.substring(0, a.start());
            String after = question.substring(b.end());
            Matcher rest = LEADING_REST.matcher(after);
            if (LEADING.matcher(before).matches() && rest.matches()) {
                return new Reading("Who " + rest.group(1).strip(), options);
            }
            Matcher trailing = TRAILING.matcher(before);
            if (END.matcher(after).matches() && trailing.find()) {
                String asked = before.substring(0, trailing.start()).strip();
                if (ASKS.matcher(asked).find()) {
                    return new Reading(asked.replaceFirst("[?.!]*$", "") + "?", options);
                }
            }
        }
        return null;
    }
}
