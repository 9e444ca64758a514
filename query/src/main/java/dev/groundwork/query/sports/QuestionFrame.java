package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Entry;
import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question names, read without any template: linked entities, the year and the
 * tournament it means (men's unless the question says women's or the year had only a women's
 * World Cup), stage, group, card colour and shoot-out outcome; the question with those names
 * replaced by placeholders (for template matching); and the reasons it cannot be answered
 * whatever the template (a year without a World Cup, an ambiguous name). Immutable.
 *
 * <p>{@code rewritten} is the question as {@link Lexicon#canonical} rewrites it, folded ({@link Names#fold}): the text the
 * checks of relations, counts and words read, made once per question instead of once per check and template tried.
 */
record QuestionFrame(String question, String masked, List<Mention> teams, List<Mention> players, List<Mention> awards, List<Mention> people,
                     List<Mention> places,
                     Set<Integer> years, String gender, String tournamentId, String season, String stage, String group, String card,
                     String outcome, List<String> problems, AnswerKind asks, Mention side, String ordinal, String superlative,
                     String competition, Home home, boolean opening, String rewritten) {
    /**
     * How a problem about a year without a tournament of the asked gender starts. It says what the graph holds, never
     * that no such tournament was played: a graph loaded with 2010 to 2022 does not know about 2006.
     */
    static final String NO_TOURNAMENT = "the graph holds no ";
    /** Competitions users name that are no World Cup; read only when the graph holds none of that name. */
    private static final Pattern OTHER_COMPETITION = Pattern.compile("\\b(euros?|european championships?|copa america|copa"
            + "|champions league|europa league|olympics?|olympic games|nations league|africa cup of nations|afcon|asian cup"
            + "|gold cup|confederations cup)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(18|19|20)\\d{2}\\b");
    /** A league season in two-digit years ("22-23", "23/24"), read only when the second year follows the first. */
    private static final Pattern SHORT_SEASON = Pattern.compile("(?<![\\d/.-])(\\d{2})[/-](\\d{2})(?![\\d/.-])");
    /** "Leverkusen first", "Everton's goals first": the team whose goals the score gives first. */
    private static final Pattern SCORE_FIRST = Pattern.compile("^(['’]s)?\\s+((goals?|score|tally)\\s+)?first\\b", Pattern.CASE_INSENSITIVE);
    /** A day as the sources write it ("2023-12-23"). */
    private static final Pattern DAY = Pattern.compile("\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    /** A league season as users write it: "2020/21", "2020-21", "2020/2021". */
    private static final Pattern SEASON = Pattern.compile("\\b((?:19|20)\\d{2})[/-](\\d{4}|\\d{2})\\b(?![/-]\\d)");
    private static final Pattern GROUP = Pattern.compile("\\bgroup ([a-h1-8])\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The women's named in words, or by a national team's short name ("USWNT": the women's national team); a women's team's
     * nickname ("the Lionesses", "the Matildas") says the women's World Cup too.
     */
    private static final Pattern WOMEN = Pattern.compile("\\b(women|women's|womens|woman|ladies|female|[a-z]{2,3}wnt|lionesses|matildas|nadeshiko"
            + "|banyana banyana|super falcons|football ferns|reggae girlz|les bleues|azzurre)\\b");
    /** The men's named in words ("USMNT" too): a year with only a women's World Cup then has no tournament that fits. */
    private static final Pattern MEN = Pattern.compile("\\b(men|men's|mens|male|[a-z]{2,3}mnt)\\b");
    private static final List<Map.Entry<Pattern, String>> STAGES = List.of(
            Map.entry(Pattern.compile("\\b(semi ?finals?|semis?)\\b"), "semi-final"),
            Map.entry(Pattern.compile("\\bquarter ?finals?\\b"), "quarter-final"),
            Map.entry(Pattern.compile("\\b(round of 16|last 16|last sixteen)\\b"), "round of 16"),
            Map.entry(Pattern.compile("\\b(third place|3rd place) (match|play ?off|game|decider)\\b"
                    + "|\\b(match|play ?off|game) for (third|3rd)( place)?\\b"), "third-place match"),
            Map.entry(Pattern.compile("\\bgroup (stage|phase|games|matches)\\b"), "group stage"),
            // "the World Cup finals" is often the whole tournament: read as the final, which every tournament-wide template declines.
            Map.entry(Pattern.compile("\\bfinals?\\b(?! (score|result|standing|standings|whistle|tally|round))"), "final"));

    QuestionFrame {
        teams = List.copyOf(teams);
        players = List.copyOf(players);
        awards = List.copyOf(awards);
        people = List.copyOf(people);
        places = List.copyOf(places);
        // Sorted, so that a message naming "the" year of several names the same one in every run (Set.copyOf's order is not).
        years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
        problems = List.copyOf(problems);
    }

    private static final Pattern SHORT_YEAR = Pattern.compile("^\\s*['’]?(\\d{4}|\\d{2})\\b");
    private static final Pattern IN_OR_AT = Pattern.compile("\\b(in|at)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * The tournaments of the graph.
     *
     * @param byYear year to gender ("men", "women") to tournament id
     * @param hostYears team id to the years it hosted a tournament
     * @param bySeason league season ("2020/21") to the tournaments (one per league) of that season
     */
    record Tournaments(Map<Integer, Map<String, String>> byYear, Map<String, List<Integer>> hostYears,
                       Map<String, List<String>> bySeason, Map<String, List<Competed>> byCompetition, Map<String, Set<String>> teams,
                       Squads squads) {
        Tournaments {
            byYear = Map.copyOf(byYear);
            hostYears = Map.copyOf(hostYears);
            bySeason = Map.copyOf(bySeason);
            byCompetition = Map.copyOf(byCompetition);
            teams = Map.copyOf(teams);
            Objects.requireNonNull(squads, "squads");
        }

        /** Tournaments without squads: a name several players share is then never narrowed. */
        Tournaments(Map<Integer, Map<String, String>> byYear, Map<String, List<Integer>> hostYears,
                    Map<String, List<String>> bySeason, Map<String, List<Competed>> byCompetition, Map<String, Set<String>> teams) {
            this(byYear, hostYears, bySeason, byCompetition, teams, new Squads(Map.of(), Map.of()));
        }

        /** Tournaments without their teams: an ambiguous team name ("the Germans") is then never narrowed. */
        Tournaments(Map<Integer, Map<String, String>> byYear, Map<String, List<Integer>> hostYears,
                    Map<String, List<String>> bySeason, Map<String, List<Competed>> byCompetition) {
            this(byYear, hostYears, bySeason, byCompetition, Map.of());
        }
    }

    /**
     * A demonym before a person's role ("the Italian referee", "a Brazilian coach") is a nationality, which no question
     * template reads: the question is declined rather than answered without it. One before a competition or clubs ("the
     * English Premier League", "German clubs") names a country's league, not the national team, and is left to the
     * competition's reading. Only "the Dutch", "the German side", "French players" name the team.
     */
    private static final Pattern NATIONALITY = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+)?(?:referees?|officials?|managers?|coach(?:es)?"
            + "|boss|gaffer|trainer|citizens?|nationals?|people|born)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+)?(?:league|premier|bundesliga|liga|serie|ligue"
            + "|eredivisie|top flight|clubs?|cup|fa|federation|association)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The mentions without the demonyms that name no team where they stand (a nationality is a problem, a country's league is
     * not the team), and with each ambiguous team name narrowed to the teams of the tournament named ("the Germans" in 1974 is
     * West Germany, in 2014 Germany); a name still ambiguous stays so and is declined.
     */
    private static void teamsAsNamed(String question, List<Mention> mentions, EntityLinker linker, Set<String> teamsOfTournament,
                                     List<String> problems) {
        mentions.removeIf(m -> {
            if (m.kind() != Kind.TEAM || !linker.demonym(m.text())) {
                return false;
            }
            String after = question.substring(m.end());
            if (NATIONALITY.matcher(after).find()) {
                problems.add("'" + m.text() + "' is a nationality, which no question template reads");
                return true;
            }
            return COUNTRY.matcher(after).find();
        });
        if (teamsOfTournament == null || teamsOfTournament.isEmpty()) {
            return;
        }
        mentions.replaceAll(m -> {
            if (m.kind() != Kind.TEAM || !m.ambiguous()) {
                return m;
            }
            List<Entry> took = m.candidates().stream().filter(e -> teamsOfTournament.contains(e.id())).toList();
            return took.isEmpty() ? m : new Mention(m.kind(), m.start(), m.end(), m.text(), took);
        });
    }

    /**
     * What tells apart players who share a name: the tournaments each was in a squad at (only players whose name or family
     * name another player has), and the teams that played at each tournament (any competition).
     *
     * @param ofPlayer player id to the ids of the tournaments of his squads
     * @param teamsAt tournament id to the ids of the teams that played there
     */
    record Squads(Map<String, Set<String>> ofPlayer, Map<String, Set<String>> teamsAt) {
        Squads {
            ofPlayer = Map.copyOf(ofPlayer);
            teamsAt = Map.copyOf(teamsAt);
        }

        /**
         * The one candidate of a name several players share that fits the question: in a squad at the tournament named, else
         * at a tournament where every team named played ("Jorginho against Turkey": the Jorginho of Italy's Euro 2020 squad,
         * not Brazil's of 1994). Empty when none or several fit: the name stays ambiguous.
         */
        Optional<Entry> narrow(List<Entry> candidates, String tournamentId, List<String> teamIds) {
            if (tournamentId == null && teamIds.isEmpty()) {
                return Optional.empty();
            }
            List<Entry> fit = candidates.stream().filter(e -> ofPlayer.getOrDefault(e.id(), Set.of()).stream().anyMatch(t ->
                    tournamentId != null ? t.equals(tournamentId) : teamsAt.getOrDefault(t, Set.of()).containsAll(teamIds))).toList();
            return fit.size() == 1 ? Optional.of(fit.getFirst()) : Optional.empty();
        }
    }

    /**
     * One tournament of a competition other than the World Cups (a league season, a Euro), as a question may name it.
     *
     * @param id the tournament's key
     * @param competition the competition's display name ("English Premier League")
     * @param year its (first) year
     * @param season its season ("2022/23"), or null
     */
    record Competed(String id, String competition, int year, String season) {}

    /** Words users put before or drop from a competition's name ("English Premier League" is "the Premier League"). */
    private static final Pattern COMPETITION_NOISE = Pattern.compile("^(english|spanish|german|deutsche|italian|french|uefa|fifa) ");
    /** Common short names of competitions, folded, to the folded name the sources give. */
    private static final Map<String, String> COMPETITION_ALIASES = Map.of("epl", "english premier league", "euros", "uefa euro",
            "euro", "uefa euro", "european championship", "uefa euro", "european championships", "uefa euro", "laliga", "la liga",
            "prem", "english premier league");

    static QuestionFrame read(String question, EntityLinker linker, Tournaments tournaments) {
        List<Mention> mentions = new ArrayList<>(linker.link(question));
        List<String> problems = new ArrayList<>();
        teamsAsNamed(question, mentions, linker, null, problems);
        Ground ground = Ground.of(question, mentions, problems);
        List<Mention> linked = List.copyOf(mentions);
        // Synonyms ("the showpiece", "saw red", "lifted the trophy") are read as the templates' words; names are linked on the original.
        String folded = Names.fold(Lexicon.canonical(question).replace("'s ", "s "));
        Set<Integer> years = new TreeSet<>();
        Matcher s = SEASON.matcher(question);
        if (!s.find()) {
            s = SHORT_SEASON.matcher(question);
            if (!s.find() || Integer.parseInt(s.group(2)) != (Integer.parseInt(s.group(1)) + 1) % 100) {
                s = null;
            }
        }
        String season = s == null ? null : s.group(1).length() == 2 ? "20" + s.group(1) + "/" + s.group(2)
                : s.group(1) + "/" + (s.group(2).length() == 4 ? s.group(2).substring(2) : s.group(2));
        // A season's years and the digits in names ("TSG 1899 Hoffenheim") are not World Cup years.
        StringBuilder blanked = new StringBuilder(question);
        if (season != null) {
            blank(blanked, s.start(), s.end());
        }
        mentions.forEach(m -> blank(blanked, m.start(), m.end()));
        if (ground != null) {
            blank(blanked, ground.start(), ground.end());
        }
        // A day ("on 2023-12-23") names a match's date, never a tournament's year.
        List<int[]> daySpans = new ArrayList<>();
        for (Matcher d = DAY.matcher(question); d.find(); ) {
            blank(blanked, d.start(), d.end());
            daySpans.add(new int[] {d.start(), d.end()});
        }
        List<int[]> yearSpans = spans(YEAR, blanked.toString(), years);
        shortYears(blanked.toString(), tournaments, years, yearSpans);
        if (season != null) {
            yearSpans.add(new int[] {s.start(), s.end()});
        }
        if (ground != null) {
            yearSpans.add(new int[] {ground.start(), ground.end()});
        }
        yearSpans.addAll(daySpans);
        hostReferences(question, mentions, tournaments, years, yearSpans);
        String gender = WOMEN.matcher(folded).find() ? "women" : "men";
        if (years.isEmpty() && season == null && mentions.stream().noneMatch(m -> m.kind() == Kind.TEAM || m.kind() == Kind.PLAYER)) {
            orderedTournament(question, tournaments, gender, years, yearSpans);
        }
        String relative = relativeTournament(question, tournaments, gender, years, yearSpans);
        if (relative != null) {
            problems.add(relative);
        }
        String tournamentId = null;
        if (years.size() > 1) {
            problems.add("the question names several years " + years + "; templates answer about one tournament");
        } else if (years.size() == 1) {
            int year = years.iterator().next();
            Map<String, String> byGender = tournaments.byYear().getOrDefault(year, Map.of());
            if (!byGender.containsKey(gender) && byGender.size() == 1 && !gender.equals("women") && !MEN.matcher(folded).find()) {
                gender = byGender.keySet().iterator().next();
            }
            tournamentId = byGender.get(gender);
            if (tournamentId == null) {
                problems.add(NO_TOURNAMENT + gender + "'s World Cup of " + year + held(tournaments, gender));
            }
        }
        String competition = competition(folded, tournaments);
        if (competition != null) {
            // A competition named ("the 2022/23 Premier League", "Euro 2020"): its season or year is that tournament, not a World Cup.
            List<Competed> of = tournaments.byCompetition().get(competition);
            List<Competed> fits = of.stream().filter(c -> season != null ? season.equals(c.season())
                    : years.size() == 1 ? years.contains(c.year()) && c.season() == null || years.contains(c.year()) && of.size() == 1
                    : of.size() == 1).toList();
            problems.removeIf(p -> p.startsWith(NO_TOURNAMENT));
            tournamentId = null;
            if (fits.size() == 1) {
                tournamentId = fits.getFirst().id();
            } else if (fits.isEmpty() && (season != null || !years.isEmpty())) {
                problems.add("the graph has no " + of.getFirst().competition() + " " + (season != null ? season : years.iterator().next()));
            }
            competition = of.getFirst().competition();
        } else if (season != null) {
            List<String> ofSeason = tournaments.bySeason().getOrDefault(season, List.of());
            if (ofSeason.isEmpty()) {
                problems.add("the graph has no league season " + season);
            } else if (ofSeason.size() == 1 && tournamentId == null) {
                tournamentId = ofSeason.getFirst();
            } else if (tournamentId == null) {
                // "How many points did Arsenal finish on in 23/24?": of the leagues sharing the season, the one the teams named played in
                // (the teams that played at each tournament, as the squads record keeps them for narrowing shared names).
                Set<String> named = mentions.stream().filter(m -> m.kind() == Kind.TEAM && !m.ambiguous())
                        .map(m -> m.candidates().getFirst().id()).collect(java.util.stream.Collectors.toSet());
                List<String> theirs = ofSeason.stream().filter(id -> !named.isEmpty()
                        && tournaments.squads().teamsAt().getOrDefault(id, Set.of()).containsAll(named)).toList();
                if (theirs.size() == 1) {
                    tournamentId = theirs.getFirst();
                }
            }
        }
        Matcher other = OTHER_COMPETITION.matcher(folded);
        if (competition == null && other.find() && problems.removeIf(p -> p.startsWith(NO_TOURNAMENT))) {
            // "Who won Euro 2016?" on a graph without the Euro: the year is no World Cup because the question is not about one.
            problems.add(NO_TOURNAMENT + "competition called '" + other.group() + "' (" + competitions(tournaments) + ")");
        }
        teamsAsNamed(question, mentions, linker, tournamentId == null ? null : tournaments.teams().get(tournamentId), problems);
        String unknown = unknownName(question, linked, yearSpans);
        if (unknown != null) {
            problems.add("'" + unknown + "' is no team, player, stadium, award or competition the graph holds");
        }
        List<Mention> named = ofKind(mentions, Kind.TEAM);
        // A team named twice is one team ("Leverkusen ... Leverkusen first"); one named with "first" leads the score.
        List<Mention> teams = new ArrayList<>(named.stream().filter(t -> named.stream()
                .filter(o -> o.candidates().getFirst().id().equals(t.candidates().getFirst().id())).findFirst().orElseThrow() == t).toList());
        Home home = Home.of(question, teams, named, ground);
        named.stream().filter(t -> SCORE_FIRST.matcher(question.substring(t.end())).find()).findFirst().ifPresent(first -> {
            teams.removeIf(t -> t.candidates().getFirst().id().equals(first.candidates().getFirst().id()));
            teams.addFirst(first);
        });
        String narrowedBy = tournamentId;
        List<String> teamIds = teams.stream().map(t -> t.candidates().getFirst().id()).toList();
        mentions.replaceAll(m -> m.kind() != Kind.PLAYER || !m.ambiguous() ? m : tournaments.squads().narrow(m.candidates(), narrowedBy, teamIds)
                .map(e -> new Mention(m.kind(), m.start(), m.end(), m.text(), List.of(e))).orElse(m));
        List<Mention> players = ofKind(mentions, Kind.PLAYER);
        List<Mention> awards = ofKind(mentions, Kind.AWARD);
        List<Mention> people = mentions.stream().filter(m -> m.kind() == Kind.REFEREE || m.kind() == Kind.MANAGER).toList();
        List<Mention> places = mentions.stream().filter(m -> m.kind() == Kind.CITY || m.kind() == Kind.STADIUM).toList();
        for (Mention m : mentions) {
            if (m.ambiguous()) {
                problems.add("'" + m.text() + "' is ambiguous: " + m.candidates().size() + " " + m.kind().name().toLowerCase() + "s have that name");
            }
        }
        Matcher g = GROUP.matcher(question);
        String group = g.find() ? "Group " + g.group(1).toUpperCase(java.util.Locale.ROOT) : null;
        String stage = STAGES.stream().filter(e -> e.getKey().matcher(folded).find()).map(Map.Entry::getValue).findFirst().orElse(null);
        String card = folded.contains("yellow") ? "yellow"
                : folded.matches(".*\\b(red|sent off|sending off|sendings off|dismissed)\\b.*") ? "red" : "any";
        String outcome = folded.matches(".*\\b(won|win|wins|winning)\\b.*") ? "won"
                : folded.matches(".*\\b(lost|lose|losses|losing)\\b.*") ? "lost"
                : folded.matches(".*\\b(drew|draw|draws|drawn)\\b.*") ? "drew" : "played";
        String masked = Lexicon.canonical(mask(question, mentions, yearSpans, group == null ? null : g));
        String canonical = Lexicon.canonical(question);
        return new QuestionFrame(question, masked, teams, players, awards, people, places, years, gender, tournamentId, season, stage, group, card, outcome,
                problems, AnswerKind.of(canonical), side(question, teams, linker), match(ORDINAL, folded), match(SUPERLATIVE, Names.fold(masked)),
                competition, home, OPENING.matcher(folded).find(), Names.fold(canonical));
    }

    /**
     * "the opening match", "the first game", "the curtain-raiser": the earliest of the matches the rest of the question names
     * (a tournament's, or a team's at a tournament), picked by date and kick-off time.
     */
    static final Pattern OPENING = Pattern.compile("\\b(opening|first|curtain raiser)\\s+(?:(?:world cup|wc|tournament)\\s+)?"
            + "(match|matches|game|games|fixture)\\b|\\bcurtain raiser\\b");

    /** A capitalised word inside a question that is a name, not a question word: it must be one the graph knows. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}'’.-]*");
    /** Capitalised words of questions that name no entity: the competition's, stages', awards' and months' words. */
    private static final Set<String> VOCABULARY = Set.of("fifa", "wc", "i", "final", "finals", "semi", "quarter", "league", "season",
            "tournament", "championship", "champions", "premier", "euro", "euros", "uefa", "la", "liga", "bundesliga", "epl",
            "international", "football", "soccer", "english", "deutsche", "spanish", "german", "italian", "french", "association", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "mr", "st", "ok", "please", "according", "data", "graph", "wdl",
            "statsbomb", "openfootball", "pk", "pks");

    /**
     * The first capitalised word after the question's first word that is neither part of a linked name or year, nor a common
     * question word: "Gibraltar" in "How many goals did Gibraltar score?" is a name the graph does not hold, and answering
     * without it would answer another question. Null when there is none.
     */
    private static String unknownName(String question, List<Mention> linked, List<int[]> spans) {
        Matcher m = CAPITALISED.matcher(question);
        while (m.find()) {
            int at = m.start();
            String word = m.group().replaceAll("['’]s$", "").replaceAll("[.'’-]+$", "");
            String folded = Names.fold(word);
            boolean covered = linked.stream().anyMatch(x -> at >= x.start() && at < x.end())
                    || spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
            if (covered || at == 0) {
                continue;
            }
            Optional<Mention> before = linked.stream().filter(x -> x.end() <= at && question.substring(x.end(), at).isBlank()).findFirst();
            if (PLACE_CONTINUATION.contains(folded) && before.isPresent()) {
                // "Mexico City": a city named after the linked country is a name the graph does not hold, not the team.
                return question.substring(before.get().start(), m.end());
            }
            if (folded.length() < 2 || EntityLinker.common(word) || VOCABULARY.contains(folded.replace(" ", ""))
                    || question.substring(0, at).strip().endsWith(".") || question.substring(0, at).strip().endsWith("?")) {
                continue;
            }
            return word;
        }
        return null;
    }

    /** Capitalised common words that continue a place's name after a country's ("Mexico City", "Kuwait City"). */
    private static final Set<String> PLACE_CONTINUATION = Set.of("city");

    /** "the first goal", "opened the scoring", "the winning goal": a goal picked by its order, which only an ordered query honours. */
    private static final Pattern ORDINAL = Pattern.compile("\\b(first goal|opening goal|opened the scoring|opener|last goal|final goal"
            // "the winner" is a goal only after a scoring verb ("scored Germany's winner in"): "the Golden Ball winner in 2014" is a person.
            + "|winning goal|(?<=(?:scored|scores|score|got|hit|grabbed|headed) (?:the|his|their|[a-z]{1,20}s) )winner in|equali[sz]er|equali[sz]ed|fastest goal|earliest goal|latest goal|golden goal|decisive goal"
            + "|first ever|first world cup|first tournament|first edition|most recent|latest|last time|last world cup|last win|last won"
            + "|last tournament|last edition)\\b");
    /** A ranking the question asks for ("the most goals", "the fewest"), which only a ranking query honours. */
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b(most|fewest|least|highest|lowest|biggest|largest|heaviest|"
            + "top scorers?|top goalscorers?|leading scorers?|leading goalscorers?|record scorer|record goalscorer|record goal scorer|best|worst|youngest|oldest|smallest|tallest|shortest|lightest"
            + "|fastest|quickest|slowest|greatest|longest|strongest)\\b");
    /**
     * Which of the two teams named played at home, as the question says it in words: "Arsenal hosted Liverpool", "Leverkusen
     * against Bayern at home", "Dortmund played at Bayern". "A vs B" says nothing about home (many write the home team first,
     * many do not). Null when the question gives no such clue or names fewer than two teams.
     *
     * @param team the team that played at home
     */
    record Home(Mention team) {
        private static final Pattern FIRST_HOSTS = Pattern.compile("^\\s*(hosted|hosts|host|hosting|welcomed|entertained"
                + "|[^?.]*\\bat home (to|against|vs\\.?|versus|with))\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
        private static final Pattern SECOND_HOSTS = Pattern.compile("^\\s*((play|played|playing|were|was|went) )?(away )?(at|to|visit|visited"
                + "|visiting|away (at|to|against))\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
        private static final Pattern AT_HOME = Pattern.compile("^[^?]*?\\bat home\\b(?! (to|against|vs|versus|with)\\b)", Pattern.CASE_INSENSITIVE);
        /**
         * The first team's game said in the possessive (a team's mention ends after its "'s", so the mark is optional): "Brighton's
         * home game against Man Utd" (the first at home), "Chelsea's away match at Liverpool", "Liverpool's trip to Chelsea" (the
         * second at home). Without "home", "away", a trip or a visit ("Liverpool's game against Chelsea") it says nothing here.
         */
        private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]s)?\\s+(?:(home)|(away))?\\s*(?:league\\s+)?"
                + "(?:(game|match|fixture|tie|clash|meeting|encounter)|(trip|visit))?\\s*(against|vs\\.?|v\\.?|versus|with|to|at)\\s+(the\\s+)?$",
                Pattern.CASE_INSENSITIVE);

        /** "Man City v Arsenal at City": after both teams, "at" and a word of one team's name only. */
        private static final Pattern AT_WORD = Pattern.compile("^[^?]*?\\bat\\s+(?:the\\s+)?(\\p{L}{4,})\\b", Pattern.CASE_INSENSITIVE);

        static Home of(String question, List<Mention> teams, List<Mention> named, Ground ground) {
            if (teams.size() != 2) {
                return null;
            }
            Mention a = teams.get(0);
            Mention b = teams.get(1);
            if (ground != null) {
                return new Home(ground.club().equals(a.candidates().getFirst().name()) ? a : b);
            }
            // A team named twice ("the north London derby" read as "Arsenal vs Tottenham", then "when Spurs hosted Arsenal"): the
            // clue lies between any two mentions of the two teams that follow each other.
            List<Mention> inOrder = named.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
            for (int i = 0; i + 1 < inOrder.size(); i++) {
                Mention x = inOrder.get(i);
                Mention y = inOrder.get(i + 1);
                if (x.candidates().getFirst().id().equals(y.candidates().getFirst().id())) {
                    continue;
                }
                Home said = between(question.substring(x.end(), y.start()), x, y);
                if (said != null) {
                    return new Home(said.team() == x ? same(x, a, b) : same(y, a, b));
                }
            }
            String after = question.substring(b.end());
            if (AT_HOME.matcher(after).find() && !after.matches("(?s)^(['’]s)\\b.*")) {
                // "Leverkusen against Bayern at home": the subject of the sentence played at home.
                return new Home(a);
            }
            Matcher at = AT_WORD.matcher(after);
            if (at.find()) {
                String word = Names.fold(at.group(1));
                boolean ofA = List.of(Names.fold(a.candidates().getFirst().name()).split(" ")).contains(word);
                boolean ofB = List.of(Names.fold(b.candidates().getFirst().name()).split(" ")).contains(word);
                if (ofA != ofB) {
                    return new Home(ofA ? a : b);
                }
                // "Arsenal vs Tottenham at Spurs": the word is a name of one of the two teams, linked as a mention of it.
                int start = b.end() + at.start(1);
                for (Mention m : named) {
                    if (m.start() == start) {
                        return new Home(same(m, a, b));
                    }
                }
            }
            return null;
        }

        /** Which of {@code a} and {@code b} is the team {@code m} names. */
        private static Mention same(Mention m, Mention a, Mention b) {
            return m.candidates().getFirst().id().equals(a.candidates().getFirst().id()) ? a : b;
        }

        /** The home side that the words {@code between} two team mentions give, or null. */
        private static Home between(String between, Mention a, Mention b) {
            Matcher possessive = POSSESSIVE.matcher(between);
            if (possessive.find()) {
                boolean toOrAt = possessive.group(5).equalsIgnoreCase("to") || possessive.group(5).equalsIgnoreCase("at");
                if (possessive.group(1) != null) {
                    return new Home(a);
                }
                if (possessive.group(2) != null || possessive.group(4) != null && toOrAt) {
                    return new Home(b);
                }
            }
            if (FIRST_HOSTS.matcher(between).find()) {
                return new Home(a);
            }
            if (SECOND_HOSTS.matcher(between).find()) {
                return new Home(b);
            }
            return null;
        }
    }

    /**
     * A league club's home ground named in the question ("at Anfield", "at the Allianz Arena"), from
     * {@code /sports/club-grounds.tsv}: the league sources record home and away teams but no stadium, so a ground is read
     * as its club at home, and only when the question names that club. A ground whose club the question does not name is a
     * premise no match can be checked against: the question is declined. A ground the graph holds as a stadium (a World Cup
     * venue) and whose club is not named stays that stadium.
     *
     * @param start where the ground's name starts in the question
     * @param end where it ends
     * @param club the club whose home it is, as the graph names it
     */
    record Ground(int start, int end, String club) {
        private static final List<Map.Entry<Pattern, String>> GROUNDS = load();

        /** The ground the question names, with the linked names inside it removed from {@code mentions}; null for none. */
        static Ground of(String question, List<Mention> mentions, List<String> problems) {
            for (Map.Entry<Pattern, String> g : GROUNDS) {
                Matcher m = g.getKey().matcher(question);
                if (!m.find()) {
                    continue;
                }
                List<Mention> inside = mentions.stream().filter(x -> x.start() < m.end() && x.end() > m.start()).toList();
                boolean clubNamed = mentions.stream().anyMatch(x -> !inside.contains(x) && x.kind() == Kind.TEAM
                        && x.candidates().getFirst().name().equals(g.getValue()));
                if (!clubNamed && inside.stream().anyMatch(x -> x.kind() == Kind.STADIUM)) {
                    return null;
                }
                mentions.removeAll(inside);
                if (!clubNamed) {
                    problems.add("'" + m.group() + "' is the ground of " + g.getValue() + ", which the question does not name as a team;"
                            + " the league sources record which team was at home, not the stadium");
                }
                return new Ground(m.start(), m.end(), g.getValue());
            }
            return null;
        }

        private static List<Map.Entry<Pattern, String>> load() {
            var in = QuestionFrame.class.getResourceAsStream("/sports/club-grounds.tsv");
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, "club-grounds.tsv"),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                // Longest names first: "Etihad Stadium" before "Etihad".
                return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                        .sorted(Comparator.comparingInt((String[] f) -> f[0].length()).reversed())
                        .map(f -> Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + written(f[0]) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), f[1])).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("reading /sports/club-grounds.tsv", e);
            }
        }

        /** A ground's name as users write it: any apostrophe or none, a space or a hyphen, a dot or none. */
        private static String written(String name) {
            StringBuilder out = new StringBuilder();
            for (char c : name.toCharArray()) {
                out.append(switch (c) {
                    case '\'' -> "['’]?";
                    case ' ', '-' -> "[\\s-]+";
                    case '.' -> "\\.?";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
            return out.toString();
        }
    }

    /** The team whose side of a match the question asks about: "for Spain", "Italy players", "did Argentina get". */
    private static final Pattern FOR_BEFORE = Pattern.compile("\\b(for|by)\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAYERS_AFTER = Pattern.compile("^(['’]s)?\\s+((squad\\s+)?players?|goalscorers?|scorers?|substitutes?|subs|starters?"
            + "|line ?-?up|starting (line ?-?up|eleven|xi)|goals|goalkeepers?|keepers?|managers?|coach|boss)\\b", Pattern.CASE_INSENSITIVE);
    /** "Who managed Girona when ...", "in charge of Italy for the game": the side whose manager is asked for. */
    private static final Pattern MANAGED_BEFORE = Pattern.compile("\\b(managed|coached|manager of|coach of|in charge of|boss of)\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DID_BEFORE = Pattern.compile("\\bdid\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GET_AFTER = Pattern.compile(
            "^\\s+(get|receive|pick up|collect|have|score|make|line up|use|field|play|bring|send|sub|substitute)\\b", Pattern.CASE_INSENSITIVE);
    /** "Which Italians missed ...": a people named after the interrogative are that team's players. */
    private static final Pattern WHICH_BEFORE = Pattern.compile("\\b(which|what)\\s+(of\\s+the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "for them", "their substitutes": a side said by a pronoun, which names the team only when the question names one alone. */
    private static final Pattern THEIR_SIDE = Pattern.compile("\\bfor them\\b|\\btheir(?=\\s+(substitutes?|subs|scorers?|goalscorers?|starters?"
            + "|players?|line ?-?up|starting (line ?-?up|eleven|xi)|goalkeepers?|keepers?|managers?|coach|boss)\\b)", Pattern.CASE_INSENSITIVE);

    private static Mention side(String question, List<Mention> teams, EntityLinker linker) {
        if (teams.size() == 1 && THEIR_SIDE.matcher(question.substring(teams.getFirst().end())).find()) {
            return teams.getFirst();
        }
        for (Mention m : teams) {
            String before = question.substring(0, m.start());
            String after = question.substring(m.end());
            if (FOR_BEFORE.matcher(before).find() || PLAYERS_AFTER.matcher(after).find() || MANAGED_BEFORE.matcher(before).find()
                    || DID_BEFORE.matcher(before).find() && GET_AFTER.matcher(after).find()
                    || WHICH_BEFORE.matcher(before).find() && linker.demonym(m.text()) && Names.fold(m.text()).endsWith("s")) {
                return m;
            }
        }
        return null;
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The competition (other than the World Cups) the folded question names, as a key of {@code byCompetition}, or null. */
    private static String competition(String folded, Tournaments tournaments) {
        String q = " " + folded + " ";
        String best = null;
        int bestLength = 0;
        for (String name : tournaments.byCompetition().keySet()) {
            List<String> forms = new ArrayList<>(List.of(name, COMPETITION_NOISE.matcher(name).replaceFirst("")));
            COMPETITION_ALIASES.forEach((alias, full) -> {
                if (full.equals(name)) {
                    forms.add(alias);
                }
            });
            for (String form : forms) {
                if (form.length() > bestLength && q.contains(" " + form + " ")) {
                    best = name;
                    bestLength = form.length();
                }
            }
        }
        return best;
    }

    /**
     * What the question was understood to ask, for a decline: the answer kind, the tournament or season, the stage, the names.
     */
    String understood() {
        List<String> parts = new ArrayList<>();
        parts.add(asks.said());
        if (competition != null) {
            parts.add("competition " + competition);
        }
        if (!years.isEmpty()) {
            parts.add("year " + years.iterator().next() + (competition == null ? " (" + gender + "'s World Cup)" : ""));
        }
        if (season != null) {
            parts.add("season " + season);
        }
        if (stage != null) {
            parts.add("stage " + stage);
        }
        if (group != null) {
            parts.add(group);
        }
        teams.forEach(t -> parts.add("team " + t.candidates().getFirst().name()));
        players.forEach(p -> parts.add("player " + p.candidates().getFirst().name()));
        awards.forEach(a -> parts.add("award " + a.candidates().getFirst().name()));
        people.forEach(p -> parts.add(p.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + p.candidates().getFirst().name()));
        places.forEach(p -> parts.add(p.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + p.candidates().getFirst().name()));
        if (side != null) {
            parts.add("only " + side.candidates().getFirst().name() + "'s side");
        }
        if (ordinal != null) {
            parts.add("'" + ordinal + "'");
        }
        if (superlative != null) {
            parts.add("a ranking ('" + superlative + "')");
        }
        if (opening) {
            parts.add("the opening match");
        }
        return String.join(", ", parts);
    }

    /**
     * The names and constraints of the question that a template with {@code slots} would not use, said for a decline
     * ("the team Spain", "the year 2018"); empty when it uses them all.
     */
    List<String> unusedNames(Set<Slot> slots) {
        List<String> out = new ArrayList<>();
        boolean match = slots.contains(Slot.MATCH);
        int teamsUsed = match ? 2 : (slots.contains(Slot.TEAM) ? 1 : 0) + (slots.contains(Slot.OPPONENT) ? 1 : 0);
        teams.stream().skip(teamsUsed).forEach(t -> out.add("the team " + t.candidates().getFirst().name()));
        if (!players.isEmpty() && !slots.contains(Slot.PLAYER)) {
            out.add("the player " + players.getFirst().candidates().getFirst().name());
        }
        if ((!years.isEmpty() || season != null || competition != null) && !match && !slots.contains(Slot.TOURNAMENT)) {
            out.add(competition != null ? "the competition " + competition : season != null ? "the season " + season
                    : "the year " + years.iterator().next());
        }
        if (group != null && !slots.contains(Slot.GROUP)) {
            out.add(group);
        }
        if (!awards.isEmpty() && !slots.contains(Slot.AWARD)) {
            out.add("the award " + awards.getFirst().candidates().getFirst().name());
        }
        if (!people.isEmpty() && !slots.contains(Slot.PERSON)) {
            out.add("the " + people.getFirst().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + people.getFirst().candidates().getFirst().name());
        }
        if (!places.isEmpty() && !match && !slots.contains(Slot.PLACE)) {
            // A city or stadium is honoured by a match found there (MatchTemplates.FIND) or by a template about the place.
            out.add("the " + places.getFirst().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + places.getFirst().candidates().getFirst().name());
        }
        return out;
    }

    /**
     * Host names that stand for a tournament, as users write them: "Italia 90", "USA 94", "Qatar
     * 2022", or "in Qatar" for a country that hosted once. They become the tournament's year and
     * stop being teams.
     */
    private static void hostReferences(String question, List<Mention> mentions, Tournaments tournaments, Set<Integer> years,
                                       List<int[]> yearSpans) {
        boolean yearGiven = !years.isEmpty();
        for (Mention m : List.copyOf(mentions)) {
            List<Integer> hosted = m.kind() == Kind.TEAM ? tournaments.hostYears().getOrDefault(m.candidates().getFirst().id(), List.of())
                    : List.of();
            if (hosted.isEmpty()) {
                continue;
            }
            Matcher after = SHORT_YEAR.matcher(question.substring(m.end()));
            if (POSSESSIVE.matcher(question.substring(m.start(), m.end())).find() || question.startsWith("'", m.end())
                    || question.startsWith("’", m.end())) {
                // "England's 1966 squad", "Brazil's 2014 semi-final": the team of that year, never the host naming the tournament.
                continue;
            }
            if (after.find()) {
                int y = Integer.parseInt(after.group(1));
                int year = y >= 100 ? y : y >= 30 ? 1900 + y : 2000 + y;
                if (hosted.contains(year)) {
                    // "Spain v Russia 2018": a host right after "v" or "against" is a team of the match; the year is still the tournament.
                    boolean team = MATCH_BEFORE.matcher(question.substring(0, m.start())).find();
                    int from = team ? m.end() + after.start(1) : m.start();
                    if (!team) {
                        mentions.remove(m);
                    }
                    years.clear();
                    years.add(year);
                    yearSpans.removeIf(s -> s[0] >= from && s[1] <= m.end() + after.end());
                    yearSpans.add(new int[] {from, m.end() + after.end()});
                }
            } else if ((IN_OR_AT.matcher(question.substring(0, m.start())).find() && !MATCH_AFTER.matcher(question.substring(m.end())).find()
                    || THE_BEFORE.matcher(question.substring(0, m.start())).find() && TOURNAMENT_AFTER.matcher(question.substring(m.end())).find()
                    || THE_BEFORE.matcher(question.substring(0, m.start())).find() && FINAL_AFTER.matcher(question.substring(m.end())).find()
                       && onlyAtItsOwn(m.candidates().getFirst().id(), hosted, tournaments))
                    && (yearGiven ? yearBefore(question, m.start(), hosted) : hosted.size() == 1)) {
                // "the 2018 World Cup in Russia", "the Qatar tournament": the host restates the tournament, it is not a team of the question.
                mentions.remove(m);
                if (!yearGiven) {
                    years.add(hosted.getFirst());
                }
                yearSpans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    /** A name written in the possessive ("England's"): a team that owns what follows, not a tournament's host. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$", Pattern.CASE_INSENSITIVE);

    /** "the Qatar tournament", "the Qatar World Cup": a host named as an adjective of the tournament. */
    private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOURNAMENT_AFTER = Pattern.compile("^\\s+(world cup|wc|tournament|edition)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "the Qatar final": a host before "final" names its tournament's final only when the team took part in no other World Cup
     * than the one it hosted, so that a final it played (if any) is that same final; "the Argentina final" (hosted 1978, five
     * other finals played) stays a team, and the question is then as ambiguous as it reads.
     */
    private static final Pattern FINAL_AFTER = Pattern.compile("^\\s+(world cup\\s+)?final\\b", Pattern.CASE_INSENSITIVE);

    private static boolean onlyAtItsOwn(String team, List<Integer> hosted, Tournaments tournaments) {
        Set<String> own = new java.util.HashSet<>();
        hosted.forEach(year -> own.addAll(tournaments.byYear().getOrDefault(year, Map.of()).values()));
        return tournaments.teams().entrySet().stream().filter(e -> e.getValue().contains(team)).allMatch(e -> own.contains(e.getKey()));
    }

    /** "Brazil vs Croatia", "Brazil and Croatia": a team of a match, not a host. */
    private static final Pattern MATCH_AFTER = Pattern.compile("^\\s*(vs?\\.?|versus|against|and|-)\\s", Pattern.CASE_INSENSITIVE);
    /** "Spain v Russia", "against Russia": the second team of a match, not a host. */
    private static final Pattern MATCH_BEFORE = Pattern.compile("\\s(vs?\\.?|versus|against|-|–)\\s+$", Pattern.CASE_INSENSITIVE);

    /** Whether a year the host hosted is written before {@code end} ("the 2018 World Cup in Russia", not "in Brazil in 2014"). */
    private static boolean yearBefore(String question, int end, List<Integer> hosted) {
        Matcher y = YEAR.matcher(question.substring(0, end));
        while (y.find()) {
            if (hosted.contains(Integer.parseInt(y.group()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the first World Cup", "the inaugural women's tournament", "the most recent World Cup": a tournament named by its
     * order among the graph's World Cups of that gender, read as its year. Only a tournament as a whole: "the first World Cup
     * goal" or "match" asks for an order among goals or matches, which this does not read.
     */
    /**
     * "the first ever World Cup goal", "the first World Cup match": the first goal or match of all is the first tournament's
     * (its opening match, its first goal), so "first" names that tournament. Only "first": the last World Cup goal is not read.
     */
    private static final Pattern FIRST_EVER_EVENT = Pattern.compile("\\b(first(?: ever)?|very first)(?=\\s+(?:(?:men|women)['’]?s\\s+)?"
            + "(?:fifa\\s+)?(?:world cup|wc)\\s+(?:goal|match|game)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_TOURNAMENT = Pattern.compile("\\b(first(?: ever)?|inaugural|most recent|latest|last)"
            + "(?=\\s+(?:(?:men|women)['’]?s\\s+)?(?:fifa\\s+)?(?:world cup|wc|tournament|edition)\\b(?!['’]?s?\\s+(?:goals?|match|matches"
            + "|games?|fixtures?|hat|hat-tricks?|red|yellow|cards?|penalt\\w*|shoot\\S*|own|appearances?|wins?|titles?|victor\\w*|debut"
            + "|finals?|semi\\S*|group|kick\\S*|minutes?|days?)\\b))", Pattern.CASE_INSENSITIVE);

    /** What "the graph holds no competition called ..." lists instead: the World Cups and every competition the graph has. */
    private static String competitions(Tournaments tournaments) {
        List<String> held = new ArrayList<>();
        if (!tournaments.byYear().isEmpty()) {
            held.add("the FIFA World Cups");
        }
        tournaments.byCompetition().values().stream().map(c -> c.getFirst().competition()).sorted().forEach(held::add);
        return held.isEmpty() ? "it holds none" : "it holds " + String.join(", ", held);
    }

    /** " (its men's World Cups span 1930 to 2022)": the years the graph does hold, so a decline says what it can answer. */
    private static String held(Tournaments tournaments, String gender) {
        List<Integer> years = yearsOf(tournaments, gender);
        return years.isEmpty() ? " (it holds none)"
                : years.size() == 1 ? " (it holds only " + years.getFirst() + ")"
                : " (its " + gender + "'s World Cups span " + years.getFirst() + " to " + years.getLast() + ")";
    }

    /** The years of the graph's World Cups of {@code gender}, in order. */
    private static List<Integer> yearsOf(Tournaments tournaments, String gender) {
        return tournaments.byYear().entrySet().stream().filter(e -> e.getValue().containsKey(gender)).map(Map.Entry::getKey).sorted().toList();
    }

    private static void orderedTournament(String question, Tournaments tournaments, String gender, Set<Integer> years, List<int[]> spans) {
        Matcher ordered = ORDERED_TOURNAMENT.matcher(question);
        Matcher event = FIRST_EVER_EVENT.matcher(question);
        Matcher m = ordered.find() ? ordered : event.find() ? event : null;
        if (m == null) {
            return;
        }
        boolean first = m.group(1).toLowerCase(java.util.Locale.ROOT).matches("(very )?first.*|inaugural");
        List<Integer> held = yearsOf(tournaments, gender);
        if (!held.isEmpty()) {
            years.add(first ? held.getFirst() : held.getLast());
            spans.add(new int[] {m.start(), m.end()});
        }
    }

    /**
     * A tournament named by its place beside another: "the World Cup before the 2018 one", "the tournament right after Italia
     * 90", "four years after the 1994 World Cup". ("The World Cup before last" depends on today's date, as the blind sets
     * read it, and is left alone.) Without a number of years it is the previous or
     * next tournament of the question's gender; with one, that many years on (a year without a tournament is then declined as
     * such). Only a tournament noun ("World Cup", "tournament", "edition", "one") or a number of years before "before" or
     * "after" makes it a tournament: "How many titles did Brazil win before 2002?" names 2002 as a bound, and is left alone.
     */
    private static String relativeTournament(String question, Tournaments tournaments, String gender, Set<Integer> years, List<int[]> spans) {
        if (years.size() != 1) {
            return null;
        }
        int year = years.iterator().next();
        for (int[] span : spans) {
            String before = question.substring(0, span[0]);
            Matcher m = RELATIVE.matcher(before);
            if (!m.find()) {
                Matcher bound = BOUND.matcher(before);
                if (bound.find()) {
                    return "'" + bound.group(1) + " " + question.substring(span[0], span[1]) + "' bounds a span of years, which no question"
                            + " template reads (they answer about one tournament or all of them)";
                }
                continue;
            }
            boolean after = !m.group(2).toLowerCase(java.util.Locale.ROOT).matches("before|preceding|prior to");
            int shifted;
            if (m.group(1) != null) {
                int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : YEAR_COUNTS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
                if (n <= 0) {
                    return "'" + m.group().strip() + "' is no number of years";
                }
                shifted = after ? year + n : year - n;
            } else {
                List<Integer> held = yearsOf(tournaments, gender);
                int i = held.indexOf(year);
                int j = after ? i + 1 : i - 1;
                if (i < 0 || j < 0 || j >= held.size()) {
                    return "the graph holds no " + gender + "'s World Cup " + m.group(2).toLowerCase(java.util.Locale.ROOT) + " " + year;
                }
                shifted = held.get(j);
            }
            years.clear();
            years.add(shifted);
            return null;
        }
        return null;
    }

    private static final Pattern RELATIVE = Pattern.compile("(?:\\b(\\w+) years? |\\b(?:world cup|tournament|edition|one|finals|wc|cup)\\s+"
            + "(?:(?:right|just|immediately|directly) )?)(before|after|following|preceding|prior to)\\s+(?:the\\s+)?"
            + "(?:(?:men's|women's|mens|womens)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUND = Pattern.compile("\\b(before|after|since|until|till|prior to|up to|up until|through)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> YEAR_COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

    /**
     * "'98", "’02": a two-digit year after an apostrophe; "the 86 World Cup", "scored against England in 86": two digits
     * before a tournament's or a final's name, or ending the question after "in"; each only when the graph has a tournament
     * that year.
     */
    private static void shortYears(String text, Tournaments tournaments, Set<Integer> years, List<int[]> spans) {
        for (Pattern p : List.of(APOSTROPHE_YEAR, BARE_SHORT_YEAR)) {
            shortYears(p, text, tournaments, years, spans);
        }
    }

    private static void shortYears(Pattern pattern, String text, Tournaments tournaments, Set<Integer> years, List<int[]> spans) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int year = y >= 30 ? 1900 + y : 2000 + y;
            if (tournaments.byYear().containsKey(year)) {
                years.add(year);
                spans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])['’](\\d{2})\\b");
    private static final Pattern BARE_SHORT_YEAR = Pattern.compile("(?<=\\b(?:the|in|of|world cup|wc)\\s)(\\d{2})(?=\\s+(?:world cup|wc|finals?|tournament)\\b"
            + "|\\s*[?.!]*\\s*$)", Pattern.CASE_INSENSITIVE);

    private static List<Mention> ofKind(List<Mention> mentions, Kind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }

    private static void blank(StringBuilder text, int start, int end) {
        text.replace(start, end, " ".repeat(end - start));
    }

    private static List<int[]> spans(Pattern p, String text, Set<Integer> values) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            values.add(Integer.parseInt(m.group()));
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The question with names replaced by the placeholders the templates' example questions use. */
    private static String mask(String question, List<Mention> mentions, List<int[]> years, Matcher group) {
        Map<int[], String> replace = new HashMap<>();
        for (Mention m : mentions) {
            replace.put(new int[] {m.start(), m.end()}, switch (m.kind()) {
                case TEAM -> "Team";
                case PLAYER -> "Player";
                case AWARD -> "Award";
                case REFEREE -> "Referee";
                case MANAGER -> "Manager";
                case STADIUM -> "Stadium";
                case CITY -> "City";
            });
        }
        years.forEach(y -> replace.put(y, "Year"));
        if (group != null) {
            replace.put(new int[] {group.start(), group.end()}, "Group");
        }
        StringBuilder out = new StringBuilder(question);
        replace.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<int[], String> e) -> e.getKey()[0]).reversed())
                .forEach(e -> out.replace(e.getKey()[0], e.getKey()[1], e.getValue()));
        return out.toString();
    }

    /** Whether the question gives what {@code slot} needs. */
    boolean has(Slot slot) {
        return switch (slot) {
            case TOURNAMENT -> tournamentId != null;
            case TEAM -> !teams.isEmpty();
            case OPPONENT -> teams.size() >= 2;
            case PLAYER -> players.size() == 1;
            // Two teams name a match in any competition; the lookup declines when they met more than once.
            // A player and the one team he faced ("Who came on for Immobile against Turkey?"): the match he played in against it.
            // One team and a stadium ("Who scored for Girona at the Camp Nou?"): the team's match there, declined when it played several.
            case MATCH -> (tournamentId != null || season != null) && (!teams.isEmpty() || stage != null || opening) || teams.size() >= 2
                    || teams.size() == 1 && players.size() == 1 || teams.size() == 1 && places.stream().anyMatch(p -> p.kind() == Kind.STADIUM)
                    // One team and a day ("Who did Arsenal play on 2023-12-23?"): the team's match that day.
                    || teams.size() == 1 && DAY.matcher(question).find();
            case GROUP -> group != null;
            case AWARD -> awards.size() == 1;
            case PERSON -> people.size() == 1;
            case PLACE -> places.size() == 1;
        };
    }

    /** How many kinds of names the question gives that {@code slots} leave unused (a template that ignores a name is a poor fit). */
    int unused(Set<Slot> slots) {
        int n = 0;
        boolean match = slots.contains(Slot.MATCH);
        int teamsUsed = match ? 2 : (slots.contains(Slot.TEAM) ? 1 : 0) + (slots.contains(Slot.OPPONENT) ? 1 : 0);
        n += teams.size() > teamsUsed ? 1 : 0;
        n += !players.isEmpty() && !slots.contains(Slot.PLAYER) ? 1 : 0;
        n += !years.isEmpty() && !match && !slots.contains(Slot.TOURNAMENT) ? 1 : 0;
        n += group != null && !slots.contains(Slot.GROUP) ? 1 : 0;
        n += stage != null && !stage.equals("final") && !match ? 1 : 0;
        n += !awards.isEmpty() && !slots.contains(Slot.AWARD) ? 1 : 0;
        n += !people.isEmpty() && !slots.contains(Slot.PERSON) ? 1 : 0;
        n += !places.isEmpty() && !match && !slots.contains(Slot.PLACE) ? 1 : 0;
        return n;
    }

    Optional<String> id(List<Mention> mentions, int index) {
        return mentions.size() > index ? Optional.of(mentions.get(index).candidates().getFirst().id()) : Optional.empty();
    }
}
