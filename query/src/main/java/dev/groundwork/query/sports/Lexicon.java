package dev.groundwork.query.sports;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relation and stage synonyms of soccer questions, rewritten to the one word the templates'
 * example questions use: "lifted the trophy" and "were champions" are "won"; "netted" and "bagged"
 * are "scored"; "got his marching orders" is "was sent off"; "officiated" is "refereed"; "was in
 * charge of" and "coached" are "managed"; "the
 * Euro 2020 opener" (no one scored or got) is "the opening match"; "failed to convert" is "missed"; "the deciding match" and
 * "the showpiece" are "the final"; "the beaten finalists" are the runners-up; "WC" is "World Cup"; a tournament "held", "staged" or "took
 * place" somewhere asks who hosted it. The rewrite reads the question's wording only: names are
 * linked on the original text. Stateless and thread-safe.
 */
final class Lexicon {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            rule("\\b(lifted|raised|hoisted) the (trophy|cup)\\b|\\b(were|was) crowned( world)? champions?\\b|\\bbecame( world)? champions?\\b",
                    "won the World Cup"),
            rule("\\b(which|what) (country|team|nation|side) (were|was)( the)?( world)? champions\\b", "$1 $2 won the World Cup"),
            rule("\\b(took|claimed|clinched|captured|secured|won) the (title|crown|championship)\\b|\\bcame out on top\\b"
                    + "|\\bwent all the way\\b|\\btriumphed\\b", "won the World Cup"),
            rule("\\breffed\\b", "refereed"),
            rule("\\b(netted|bagged|found the net|got on the scoresheet|struck)\\b", "scored"),
            rule("\\b(got|received) (his|their|a) marching orders\\b|\\bsaw (a )?red\\b|\\bwas red[- ]carded\\b", "was sent off"),
            rule("\\bofficiated\\b", "refereed"),
            rule("\\bopened the scoring\\b|\\bscored the opener\\b|\\bnetted the opener\\b", "scored the first goal"),
            // "the Euro 2020 opener", "the 2014 opener against Croatia": an opener no one scored or got is the opening match.
            rule("(?<!\\b(?:got|grabbed|hit|headed|scored|netted|bagged|score|get|grab|head|net|bag) the )\\bopener\\b", "opening match"),
            rule("\\bofficiating\\b", "refereeing"),
            rule("\\b(referee|official)\\s+(was|were) in charge of\\b", "$1 refereed"),
            rule("\\b(was|were) in charge of\\b|\\bcoached\\b|\\bwas the (coach|manager) of\\b", "managed"),
            rule("\\bfailed to (convert|score)\\b|\\bdid not (convert|score)\\b", "missed"),
            // The losing side of the final: "the beaten finalists" are the runners-up, never the winners.
            rule("\\b(beaten|losing|defeated|vanquished) finalists?\\b", "runners-up"),
            rule("\\b(deciding match|decider|showpiece|title match|title decider|championship match|final match|final game)\\b", "final"),
            rule("\\bWC\\b", "World Cup"),
            // "Leverkusen's W-D-L": the win-draw-loss record, which a bare "W-D-L" would leave to a league position's template.
            rule("\\bW[-/ ]?D[-/ ]?L\\b(?! record)", "win-draw-loss record"),
            // A tournament held somewhere asks for its host; a final or a match held somewhere asks for its venue.
            rule("^where (was|were) the (\\S+) (men's |women's )?(tournament|world cup|cup|edition) (held|staged|played|hosted)\\b",
                    "which country hosted the $2 $3World Cup"),
            rule("\\bwhere did the ((?:(?!\\bfinal\\b|\\bmatch\\b).)*\\b(tournament|world cup|edition)\\b.*?) take place\\b",
                    "which country hosted the $1"),
            rule("\\btook place\\b|\\bwas staged\\b|\\bwas held\\b", "was played"),
            rule("\\b(held|staged)(?=\\s*\\??\\s*$)", "played"));

    private Lexicon() {}

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex, FLAGS), replacement);
    }

    /** {@code text} with every synonym replaced by the templates' word. */
    static String canonical(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> r : RULES) {
            out = r.getKey().matcher(out).replaceAll(r.getValue());
        }
        return out;
    }
}
