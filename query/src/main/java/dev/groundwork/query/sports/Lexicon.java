package dev.groundwork.query.sports;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relation and stage synonyms of soccer questions, rewritten to the one word the templates'
 * example questions use: "lifted the trophy" and "were champions" are "won"; "netted" and "bagged"
 * are "scored"; "got his marching orders" is "was sent off"; "officiated" is "refereed"; "was in
 * charge of" and "coached" are "managed"; "the Euro 2020 opener" (no one scored or got) is "the opening match"; "failed to
 * convert" is "missed"; "the deciding match" and "the showpiece" are "the final"; "the beaten finalists" are the runners-up;
 * "won the scoring title" is the top scorer; "the man in the middle" is the referee; "tied" is "drew"; "PKs" are penalties;
 * "how many did X bag" counts goals; "WC" is "World Cup"; a tournament "held", "staged" or "took
 * place" somewhere asks who hosted it. The rewrite reads the question's wording only: names are
 * linked on the original text. Stateless and thread-safe.
 */
final class Lexicon {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            // The passive asked at the end: "The 1998 final was won by whom?" is "who won the 1998 final?".
            rule("^\\s*(.+?)\\s+(?:was|were)\\s+(won|lost|hosted|refereed|officiated|managed|coached|scored)\\s+by\\s+(?:whom|who)\\s*\\??\\s*$",
                    "who $2 $1?"),
            rule("^\\s*(.+?)\\s+(?:was|were)\\s+(won|lost|hosted|refereed|officiated|managed|coached|scored)\\s+by\\s+"
                    + "(which|what) (team|country|nation|side|player|referee|manager|coach)\\s*\\??\\s*$", "$3 $4 $2 $1?"),
            // A title of the scoring table is a player's, never the tournament's: "won the scoring title" is the top scorer.
            rule("\\b(won|took|claimed|clinched|captured|secured|topped) the (goal ?)?scoring (title|crown|race|charts?|table)\\b",
                    "was the top scorer"),
            rule("\\b(goal ?)?scoring (title|crown|champion|leader|king)\\b", "top scorer"),
            // The match's referee by a role name: "the man in the middle", "the ref".
            rule("\\b(man|woman|person) in the middle\\b|\\bref\\b", "referee"),
            // "tie" as a verb is a draw (US usage); "tied for" shares a place and is left alone.
            rule("\\btied\\b(?!\\s+(for|on|at|as|in first|in second))", "drew"),
            rule("\\b(did|do|does|to) ((?:[\\w-]+ ){1,3}?)tie\\b(?!\\s+(for|on|at|as))", "$1 $2draw"),
            rule("\\b(lifted|raised|hoisted) the (trophy|cup)\\b|\\b(were|was) crowned( world)? champions?\\b"
                    + "|\\b(became|(is|has|have) become)( world)? champions?\\b",
                    "won the World Cup"),
            rule("\\b(which|what) (country|team|nation|side) (were|was)( the)?( world)? champions\\b", "$1 $2 won the World Cup"),
            rule("\\b(took|claimed|clinched|captured|secured|won) the (title|crown|championship)\\b|\\bcame out on top\\b"
                    + "|\\bwent all the way\\b|\\btriumphed\\b", "won the World Cup"),
            rule("\\breffed\\b", "refereed"),
            // A heavy win said with a verb is a win ("Germany thrashed Brazil"); "the biggest thrashing" stays a ranking.
            rule("\\b(thrashed|hammered|demolished|crushed|routed|trounced|humiliated|walloped|battered|annihilated)\\b", "beat"),
            rule("\\b(did|do|does) ((?:\\S+ ){1,3}?)(thrash|hammer|demolish|crush|rout|trounce|humiliate|wallop|batter|annihilate)\\b", "$1 $2beat"),
            // "started up front" is a forward's place in the line-up.
            rule("\\bup front\\b", "as a forward"),
            rule("\\b(netted|bagged|found the net|got on the scoresheet|struck)\\b", "scored"),
            rule("\\b(did|does|do|has|have|had) ((?:\\S+ ){1,4}?)(bag|net)\\b", "$1 $2score"),
            // "How many did Kane score?": what is counted is goals.
            rule("\\bhow many (did|does|do|has|have|had) (?!(?:\\S+ ){0,4}?goals\\b)((?:\\S+ ){1,4}?)(score|scored)\\b", "how many goals $1 $2$3"),
            // "PK" is a penalty kick (US usage): "won on PKs" is won on penalties.
            rule("\\bpks\\b", "penalties"),
            rule("\\bpk\\b", "penalty"),
            // "No. of teams" is the number of teams ("No. 10" stays a shirt number).
            rule("\\bno\\.?(?=\\s+of\\b)", "number"),
            // "pens" are penalties (British usage): "won on pens", "the pens score".
            rule("\\bpens\\b", "penalties"),
            // A stage asked as a phase (a calque of "fase", "phase"): "In what phase did Germany lose?".
            rule("\\b(what|which) phase\\b", "$1 stage"),
            // The clubs of a league season are its teams: "How many clubs are in the 2023/24 Bundesliga?".
            rule("\\bhow many clubs\\b(?=\\s+(are|were|took|competed|played|participated|featured|in|does|did|do)\\b)", "how many teams"),
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

    /**
     * The famous matches' and derbies' nicknames of {@code match-nicknames.tsv}, each with its article, quotes and a trailing
     * "game", "match", "clash" or "fixture" taken in; the value is the teams ("A|B", or empty) and the words that follow them.
     */
    private static final List<Map.Entry<Pattern, String>> NICKNAMES = SportsQuestionAnswering.namePairs("/sports/match-nicknames.tsv")
            .stream().map(p -> rule("(?:\\bthe )?['\"‘“]?\\b(?:" + p[0] + ")\\b['\"’”]?(?: (?:game|match|clash|fixture)\\b)?", p[1])).toList();

    /**
     * The World Cup and the roles in the languages of its hosts ("the Mundial", "the WM 1974", "la Coupe du Monde", "WWC" for
     * the women's), rewritten before names are linked, so that no such word is taken for a name the graph lacks.
     */
    private static final List<Map.Entry<Pattern, String>> OTHER_LANGUAGES = List.of(
            rule("\\b(?:FIFA )?(?:WWC|Women'?s WC)\\b", "Women's World Cup"),
            rule("\\b(?:Mundial|Copa (?:del|do) Mundo|Coupe du Monde|Coppa del Mondo|Weltmeisterschaft|Fu(?:ß|ss)ball-WM|WM|WK|Mondiale?)\\b",
                    "World Cup"),
            rule("\\b(?:arbitre|[áa]rbitro|Schiedsrichter|scheidsrechter)\\b", "referee"),
            rule("\\b(?:trainer|entrenador|s[ée]lectionneur|Bundestrainer|bondscoach|t[ée]cnico|commissario tecnico)\\b", "manager"));

    /** FIFA's three-letter team codes of {@code team-codes.tsv}, code to the graph's team name. */
    private static final Map<String, String> CODES = SportsQuestionAnswering.namePairs("/sports/team-codes.tsv").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    private static final Pattern CODE = Pattern.compile("\\b(" + String.join("|", new java.util.TreeSet<>(CODES.keySet())) + ")\\b");
    private static final Pattern CODE_PAIR = Pattern.compile("\\b([a-z]{3})(\\s+(?:v|vs\\.?|versus|-)\\s+)([a-z]{3})\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFTERTHOUGHT = Pattern.compile("\\?\\s+(?:I (?!mean|meant)|I'm|I've|I'd|my |thanks|thank you|please|cheers|lol|haha)[^?]*$",
            Pattern.CASE_INSENSITIVE);

    private Lexicon() {}

    /**
     * {@code question} with a famous match's or a derby's nickname replaced by the teams (and tournament) the graph knows it
     * by: "the Hand of God game" is "Argentina vs England at the 1986 World Cup", "the north London derby" is "Arsenal vs
     * Tottenham". {@code order} puts the two teams in the order the rest of the question (the nickname replaced by "the
     * match") names them, which decides whose goals a score gives first. The World Cup's names in other languages and FIFA's
     * team codes ("FRA v CRO", "eng v col") are rewritten first. Unlike {@link #canonical} this rewrites names, so it runs before they are linked.
     */
    static String nicknamed(String question, java.util.function.BiFunction<String, List<String>, List<String>> order) {
        // A remark after the question ("... final? I can never remember his name") asks nothing: its words are no constraint.
        String out = AFTERTHOUGHT.matcher(question).replaceFirst("?");
        for (Map.Entry<Pattern, String> r : OTHER_LANGUAGES) {
            out = r.getKey().matcher(out).replaceAll(r.getValue());
        }
        out = CODE_PAIR.matcher(out).replaceAll(m -> {
            String a = CODES.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
            String b = CODES.get(m.group(3).toUpperCase(java.util.Locale.ROOT));
            return java.util.regex.Matcher.quoteReplacement(a == null || b == null ? m.group() : a + m.group(2) + b);
        });
        out = CODE.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(CODES.get(m.group(1))));
        for (Map.Entry<Pattern, String> r : NICKNAMES) {
            java.util.regex.Matcher m = r.getKey().matcher(out);
            if (!m.find()) {
                continue;
            }
            String[] parts = r.getValue().split("\t", -1);
            String words = parts.length > 1 ? parts[1].strip() : "";
            String teams = "";
            if (!parts[0].isBlank()) {
                String rest = out.substring(0, m.start()) + "the match" + out.substring(m.end());
                teams = String.join(" vs ", order.apply(rest, List.of(parts[0].split("\\|"))));
            }
            out = out.substring(0, m.start()) + (teams + " " + words).strip() + out.substring(m.end());
        }
        return out;
    }

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex, FLAGS), replacement);
    }

    /**
     * A terse prompt said as the question it stands for: a role and then the match ("Referee, 1990 final." is "who was the
     * referee of the 1990 final?"), an award and then the year ("Golden Ball 2014." is "who won the Golden Ball in 2014?").
     * Applied to the whole question before it is read, names and all; any other question is returned as it is.
     */
    static String spelledOut(String question) {
        String out = question;
        for (Map.Entry<Pattern, String> r : TERSE) {
            out = r.getKey().matcher(out).replaceAll(r.getValue());
        }
        return out;
    }

    private static final List<Map.Entry<Pattern, String>> TERSE = List.of(
            rule("^\\s*(referee)\\s*[,:\\-–]\\s*(?:the\\s+)?(\\d{4} (?:world cup )?final)\\s*[.?!]?\\s*$", "who was the $1 of the $2?"),
            rule("^\\s*(golden (?:ball|boot|glove|shoe)|best young player)\\s*[,:\\-–]?\\s*(\\d{4})\\s*[.?!]?\\s*$", "who won the $1 in $2?"));

    /** {@code text} with every synonym replaced by the templates' word. */
    static String canonical(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> r : RULES) {
            out = r.getKey().matcher(out).replaceAll(r.getValue());
        }
        return out;
    }
}
