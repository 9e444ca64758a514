package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no question about one named team or player ("Did Messi score in the 2014 final?", "Was Germany the winner in
 * 2014?"), read as the question that asks for that team or player ("Which player scored in the 2014 final?"). The answer is
 * {@code yes} when the named one is among that question's values and {@code no} when he is not, but only when the template
 * that answered gives the whole set of who did what the question asks ({@link #SETTLES}); otherwise the question is declined.
 * A question that starts like a yes/no question but is of another shape (no team or player right after the verb) is
 * declined too: answering its wh-reading ("Did Brazil win the 2014 World Cup?" once gave "third-place match") would answer
 * another question. "Did A or B win?" asks which of two and is not read here. "Did anyone get sent off in the 2010 final?" and
 * "Did Barça have anyone sent off?" name no one: they ask which players did it, and are answered with that whole list, under the
 * same condition ({@link #listsEveryone}), or declined. Stateless.
 */
final class YesNo {
    /** The answer values: the eval's normalisation ignores case, so "Yes" and "yes" compare equal. */
    static final String YES = "yes";
    static final String NO = "no";

    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(did|does|do|was|were|is|are|has|have|had)\\s+(?!.*\\bor\\b)\\S", Pattern.CASE_INSENSITIVE);
    /** "beat", "defeat", "knock out" (the subject won) or "lose to" (group 1: the other team won), before the other team. */
    private static final Pattern RESULT = Pattern.compile("(?:beat|defeat|overcome|eliminate|knock out|knock|(lose to|lose against))\\b(?:\\s+the)?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Words after a subject that are no verb: "Did Spain and Italy meet ...?" has two subjects and is not read. */
    private static final Pattern NOT_A_VERB = Pattern.compile("and|or|with|the|a|an|in|at|of|to|from|vs|v|against|both|either|not|never",
            Pattern.CASE_INSENSITIVE);
    /** Words between the subject and its verb that do not change what is asked. */
    private static final Pattern FILLER = Pattern.compile("^(?:['’]s\\s+)?(?:ever|actually|really|also|both)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("win", "won"), Map.entry("beat", "beat"),
            Map.entry("lose", "lost"), Map.entry("get", "got"), Map.entry("make", "made"), Map.entry("go", "went"),
            Map.entry("come", "came"), Map.entry("take", "took"), Map.entry("hold", "held"), Map.entry("put", "put"),
            Map.entry("hit", "hit"), Map.entry("let", "let"), Map.entry("knock", "knocked"), Map.entry("send", "sent"),
            Map.entry("finish", "finished"), Map.entry("have", "had"), Map.entry("meet", "met"), Map.entry("face", "faced"),
            Map.entry("wear", "wore"), Map.entry("lead", "led"), Map.entry("keep", "kept"));
    /**
     * The templates whose values are everyone who did what they ask, each with the words the asked question must use for that
     * relation: a template that answered the asked question under another relation ("Which player played in the final?" is no
     * question about scorers) settles nothing, so the question is declined. A template not listed settles nothing either.
     */
    private static final Map<String, Pattern> SETTLES = Map.ofEntries(
            // "won a match" is no title: only the tournament, its title or its trophy won, or being champions.
            settles("tournament_winner", "won the( [\\w']+){0,3} (world cup|title|tournament|trophy|cup|crown)|champions?"),
            settles("runner_up", "runners? up|runner up|second|lost the final"),
            settles("third_place", "third"), settles("fourth_place", "fourth"),
            settles("host_country", "host|hosted|hosts|held|staged"),
            settles("match_winner", "won|win|beat|defeat\\w*"),
            settles("match_scorers", "scored|score|goals?"),
            settles("own_goal_scorers_in_match", "own goals?"),
            settles("penalty_scorers_in_match", "scored|score|goals?"),
            settles("sent_off_in_match", "sent off|red cards?|dismissed"),
            settles("booked_in_match", "booked|yellow cards?|cautioned"),
            settles("final_teams", "reached|reach|made|make|got to|get to|played in|play in|appeared in"),
            settles("stage_teams", "reached|reach|made|make|got to|get to|played in|play in|appeared in"),
            settles("shootout_winner", "won|win"), settles("shootout_misses", "missed|miss"),
            settles("award_winner", "won|win|received|given|awarded|winner|got"),
            settles("top_scorer", "top scorer|top goalscorer|leading scorer|leading goalscorer|most goals|golden boot"),
            settles("most_titles", "most (world cup )?(titles|world cups)|most successful"),
            settles("group_winner", "won|win|topped|top|first|headed"), settles("group_bottom", "bottom|last"),
            settles("team_eliminated_by", "knocked|knock|eliminated|eliminate|sent \\w+ home|beat"),
            settles("first_scorer_in_match", "first goal|scored the first|opened"),
            settles("hat_trick_scorers", "hat tricks?"),
            settles("winning_goal_scorer", "winning goal|winner"),
            settles("league_champion", "won the( [\\w'/-]+){0,4} (league|title|premier league|bundesliga|la liga|serie a|ligue 1|season)|champions?"), settles("league_bottom", "bottom|last"));

    private static Map.Entry<String, Pattern> settles(String template, String words) {
        return Map.entry(template, Pattern.compile("\\b(" + words + ")\\b"));
    }

    /**
     * The reading of a yes/no question.
     *
     * @param subject the team or player whose presence among the asked question's values means yes, as the graph names it
     * @param asked the question that asks for the subject ("Which player scored ...?"), or empty when the question is yes/no
     *              shaped but no team or player stands right after its verb
     */
    record Reading(String subject, String asked) {
        /** Whether the question asks if anyone did it ("Did anyone get sent off ...?"): answered with everyone who did. */
        boolean anyone() {
            return subject.isEmpty() && !asked.isEmpty();
        }
    }

    /** "Did anyone get sent off in ...?", "Was anybody booked ...?": whether someone did it, asked of no one named. */
    private static final Pattern ANYONE = Pattern.compile("^\\s*(did|was|were|has|have|had)\\s+(?:anyone|anybody|someone|somebody|any players?)"
            + "\\s+(?:(?:ever|actually|really)\\s+)?(\\p{L}+)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    /** "Did Barça have anyone sent off against Girona?": whether one of the team's players did it. */
    private static final Pattern HAVE_ANYONE = Pattern.compile("^(?:have|get)\\s+(?:anyone|anybody|someone|somebody|any players?)\\s+(\\p{L}.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "sent (off)", "booked", "shown": the verb after "have anyone" is done to the player ("Did Italy have anyone booked?"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+(ed|en)|sent|shown|put", Pattern.CASE_INSENSITIVE);
    /** "... in the 2010 final? who?", "..., and who?": the asker wants the names, which an answer to "anyone" gives anyway. */
    private static final Pattern WHO_TAIL = Pattern.compile("(?:[?.!,]\\s*(?:(?:and|if so),?\\s+)?(?:who|which players?|who was it|who were they)\\b)?"
            + "\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);

    private YesNo() {}

    /** The reading of {@code question} when it is a yes/no question, else null. */
    static Reading read(String question, EntityLinker linker) {
        Matcher shape = SHAPE.matcher(question);
        if (!shape.find()) {
            return null;
        }
        String aux = shape.group(1).toLowerCase(Locale.ROOT);
        int afterAux = shape.end(1);
        Matcher anyone = ANYONE.matcher(WHO_TAIL.matcher(question).replaceFirst(""));
        if (anyone.find()) {
            // "Did anyone get sent off in the 2010 final?" asks which players did (anyone is a person, never a team).
            String verb = anyone.group(2).toLowerCase(Locale.ROOT);
            String asked = anyone.group(1).equalsIgnoreCase("did") ? past(verb) : verb;
            return new Reading("", "Which players " + (anyone.group(1).matches("(?i)was|were") ? "were " : "") + asked + anyone.group(3) + "?");
        }
        List<Mention> mentions = linker.link(question);
        Mention subject = mentions.isEmpty() ? null : mentions.getFirst();
        if (subject == null || subject.ambiguous() || subject.kind() != Kind.TEAM && subject.kind() != Kind.PLAYER
                || !question.substring(afterAux, subject.start()).strip().matches("(?i)|the")) {
            return new Reading("", "");
        }
        String rest = FILLER.matcher(question.substring(subject.end()).strip()).replaceFirst("");
        rest = rest.replaceFirst("^['’]s\\s+", "");
        Matcher haveAnyone = HAVE_ANYONE.matcher(WHO_TAIL.matcher(rest).replaceFirst(""));
        if (subject.kind() == Kind.TEAM && aux.matches("did|has|had") && haveAnyone.find()) {
            // "Did Barça have anyone sent off against Girona?": "Which Barça players were sent off against Girona?".
            String[] words = haveAnyone.group(1).split("\\s+", 2);
            String tail = words.length > 1 ? " " + words[1] : "";
            String verb = PARTICIPLE.matcher(words[0]).matches() ? "were " + words[0] : past(words[0].toLowerCase(Locale.ROOT));
            return new Reading("", "Which " + name(subject) + " players " + verb + tail + "?");
        }
        String who = subject.kind() == Kind.TEAM ? "Which team " : "Which player ";
        String name = subject.candidates().getFirst().name();
        if (aux.matches("did|does|do")) {
            String[] words = rest.split("\\s+", 2);
            if (words[0].isEmpty() || !words[0].matches("\\p{L}+") || NOT_A_VERB.matcher(words[0]).matches()) {
                return new Reading(name, "");
            }
            Matcher result = RESULT.matcher(rest);
            Mention other = mentions.size() > 1 ? mentions.get(1) : null;
            if (subject.kind() == Kind.TEAM && result.lookingAt() && other != null && other.kind() == Kind.TEAM && !other.ambiguous()
                    && question.substring(subject.end(), other.start()).strip().replaceFirst("^(?i)(ever|actually|really)\\s+", "")
                    .equals(result.group().strip())) {
                // "Did A beat B?", "Did A lose to B?": asked of the match between them, the winner is A (or B for a loss).
                String opponent = other.candidates().getFirst().name();
                String tail = question.substring(other.end()).strip();
                return new Reading(result.group(1) == null ? name : opponent,
                        "Which team won the match between " + name + " and " + opponent + (tail.isEmpty() ? "?" : " " + tail));
            }
            return new Reading(name, who + past(words[0].toLowerCase(Locale.ROOT)) + (words.length > 1 ? " " + words[1] : ""));
        }
        return rest.isEmpty() ? new Reading(name, "") : new Reading(name, who + aux + " " + rest);
    }

    private static String name(Mention m) {
        return m.candidates().getFirst().name();
    }

    /**
     * Whether the template that answered the asked question of an {@link Reading#anyone} question lists everyone who did what
     * it asks, under the relation it asks about ({@link #SETTLES}): only then are its values the answer.
     */
    static boolean listsEveryone(String asked, String template) {
        Pattern relation = SETTLES.get(template);
        return relation != null && relation.matcher(Names.fold(Lexicon.canonical(asked))).find();
    }

    /** The past tense of a verb as questions use it ("score" → "scored", "win" → "won", "qualify" → "qualified"). */
    static String past(String verb) {
        if (IRREGULAR.containsKey(verb)) {
            return IRREGULAR.get(verb);
        }
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    /**
     * "yes", "no" or null (undecided) for the subject, given the asked question and the values it got from {@code template}: the
     * template must read the relation the asked question names ({@link #SETTLES}); then "yes" when the subject is among the
     * values, else "no".
     */
    static String decide(String subject, String asked, List<String> values, String template) {
        if (!listsEveryone(asked, template)) {
            return null;
        }
        String folded = Names.fold(subject);
        return values.stream().anyMatch(v -> Names.fold(v).equals(folded)) ? YES : NO;
    }
}
