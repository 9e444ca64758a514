package dev.groundwork.query.sports;

import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.sports.EntityLinker.Entry;
import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers soccer questions over the sports graph without an LLM (Structured-GraphRAG): the
 * question's teams, players, awards, years and stages are linked to the graph's names (Lucene:
 * exact, alias, family name, fuzzy); a template is chosen by the embedding similarity of the
 * masked question to each template's example questions; its slots are filled and its read-only
 * Cypher run with parameters. A question no template fits, naming something ambiguous or a
 * tournament that does not exist, gets an answer saying so, never a guess.
 *
 * <p>Thread-safe after {@link #open}; keep one per store (opening embeds the example questions
 * and reads every name in the graph). The names are read once: re-open after an ingest.
 *
 * <pre>{@code
 * SportsQuestionAnswering qa = SportsQuestionAnswering.open(store);
 * SportsQuestionAnswering.Result r = qa.answer("Who won the World Cup in 2014?");
 * System.out.println(r.answer().text() + " " + r.values());
 * }</pre>
 */
public final class SportsQuestionAnswering {
    /** Cypher returning {@code n}: how many matches the graph holds (0 = no soccer data). */
    public static final String COUNT = "MATCH (m:Match) RETURN count(m) AS n";
    /** Cypher returning one column {@code name}: the team, player, stadium and award names a question may mention. */
    public static final String ENTITY_NAMES = """
            MATCH (n:Team|Player|Stadium|Award)
            UNWIND [n.name, n.familyName] AS name
            WITH name WHERE name IS NOT NULL
            RETURN DISTINCT name
            """;

    static final String NAMES = """
            MATCH (n:Team|Player|Stadium|Award|Referee|Manager) WHERE n.name IS NOT NULL
            RETURN labels(n)[0] AS kind, coalesce(n.teamId, n.playerId, n.stadiumId, n.awardId, n.refereeId, n.managerId) AS id, n.name AS name,
                   n.familyName AS familyName
            """;
    /** Cypher returning one column {@code name}: the cities matches were played in (a stadium's {@code city}). */
    static final String CITIES = "MATCH (s:Stadium) WHERE s.city IS NOT NULL RETURN DISTINCT s.city AS name";
    static final String TOURNAMENTS = """
            MATCH (x:Tournament) WHERE x.year IS NOT NULL
            RETURN x.year AS year, x.gender AS gender, x.season AS season, x.tournamentId AS id,
                   [(t:Team)-[:HOSTED]->(x) | t.teamId] AS hosts, [(t:Team)-[:QUALIFIED_FOR]->(x) | t.teamId] AS teams, (%s OR NOT EXISTS { (x)-[:IN_COMPETITION]->() }) AS worldCup,
                   [(x)-[:IN_COMPETITION]->(c:Competition) | c.name][0] AS competition
            """.formatted(Names.IS_WORLD_CUP);
    /** The names of one real match to warm the templates' plans with: the latest tournament's last match with a goal. */
    static final String WARM_UP_MATCH = """
            MATCH (m:Match)-[:IN_TOURNAMENT]->(x:Tournament), (m)-[:HOME_TEAM]->(h:Team), (m)-[:AWAY_TEAM]->(a:Team),
                  (m)<-[:IN_MATCH]-(:Goal)-[:BY_PLAYER]->(p:Player)
            WITH m, x, h, a, p ORDER BY x.year DESC, m.date DESC LIMIT 1
            RETURN m.matchId AS match, x.tournamentId AS tournament, coalesce(x.gender, '') AS gender, h.teamId AS team,
                   a.teamId AS opponent, p.playerId AS player, coalesce(m.stage, '') AS stage
            """;
    /** The competitions other than the World Cups, with their number of matches: what a question about one can be told. */
    static final String COMPETITIONS = """
            MATCH (c:Competition)<-[:IN_COMPETITION]-(x:Tournament)
            WHERE c.name IS NOT NULL AND NOT (c.competitionId STARTS WITH 'FIFA-WC-')
            RETURN c.name AS name, count { (x)<-[:IN_TOURNAMENT]-(:Match) } AS matches
            """;
    private static final int WARM_UP_ROUNDS = 2;
    /**
     * The system property that, set to {@code false}, skips the plan warm-up of {@link #open}: for test JVMs that open
     * the templates on many small graphs and ask a few questions of each (Neo4j replans every template when the graph's
     * statistics change). Any other value, or none, warms up.
     */
    public static final String WARM_UP_PROPERTY = "groundwork.sports.warm-up";
    /** Refusals about what no source holds: an LLM over the same graph could not answer them either. */
    private static final java.util.Set<String> PRINCIPLED_REFUSALS = java.util.Set.of("attendance", "assists", "opinion_or_future",
            "match_statistics", "player_attributes", "off_topic", "captains");
    /** "World Cup finals", plural: the tournament's final stage (the whole tournament) or its final match. */
    private static final java.util.regex.Pattern WORLD_CUP_FINALS = java.util.regex.Pattern.compile("\\b(world cup|tournament)s? finals\\b");
    /** Tournament templates whose answer is the final's when a question names the final ("who won the 2014 final"). */
    private static final java.util.Set<String> FINAL_EQUIVALENT = java.util.Set.of("tournament_winner", "runner_up", "host_country");
    /** "the 1982 finals", "the World Cup finals": a plural that may be the whole tournament. */
    private static final java.util.regex.Pattern FINALS_PLURAL = java.util.regex.Pattern.compile("\\b(\\d{4}|world cup|tournament)s? finals\\b");

    /** A count of teams asked ("No. of teams"). */
    private static final java.util.regex.Pattern TEAMS_COUNTED = java.util.regex.Pattern.compile(
            "\\b(?:how many|number of) (?:teams|nations|countries|sides)\\b");

    /**
     * Whether "finals" the question says is the tournament for {@code template}: the number of teams of a final is always two,
     * so "No. of teams, 1982 finals?" counts the tournament's teams.
     */
    private static boolean finalsAreTournament(QuestionFrame frame, Template template) {
        return template.name().equals("tournament_teams") && FINALS_PLURAL.matcher(frame.rewritten()).find()
                && TEAMS_COUNTED.matcher(frame.rewritten()).find();
    }

    /** A question that asks for a team ("which country ...") or a person ("which player ...", "who scored ..."). */
    private static final java.util.regex.Pattern ASKS_TEAM = java.util.regex.Pattern.compile(
            "^(which|what) " + AnswerKind.ADJECTIVE + "(team|teams|country|countries|nation|nations|side|sides)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ASKS_PERSON = java.util.regex.Pattern.compile(
            "^(which|what) " + AnswerKind.ADJECTIVE + "(player|players|goalkeeper|striker|referee|manager|coach|scorer|scorers)\\b"
                    + "|^who (scored|was sent off|were sent off|missed|refereed|managed|got|came on|came off)\\b"
                    // A person's role or a word for a person after "who was the": "the referee", "the man in goal", "the top scorer".
                    + "|^who (was|were|is|are) the ([\\w-]+ ){0,2}(man|woman|men|women|person|people|guy|player|players|referee|manager"
                    + "|coach|scorer|scorers|goalscorer|keeper|goalkeeper|striker)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** What a parameter holds when the question does not name it (never null: see {@link MatchTemplates#FIND}). */
    static final String NONE = "";

    /**
     * One answer.
     *
     * @param answered false when the question cannot be answered (the text says why)
     * @param values the answer values (a set; empty with {@code answered} means "none")
     * @param template the template used, or empty
     * @param rows the rows the Cypher returned ({@code value}, and the evidence node ids)
     * @param answer the grounded answer: text, citations, evidence, Cypher, confidence, timings
     * @param principled for a decline: true when no other method could answer either, because the question asks
     *                   for what the data does not hold (a future tournament, attendance, an opinion, a statistic
     *                   the sources lack); false when this parser did not understand or could not fit it
     */
    public record Result(boolean answered, List<String> values, String template, List<Map<String, Object>> rows, Answer answer,
                         boolean principled) {
        public Result {
            if (answered && principled) {
                throw new IllegalArgumentException("only a decline can be principled, got an answer " + values);
            }
            values = List.copyOf(values);
            rows = List.copyOf(rows);
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(answer, "answer");
            if (!answered && !values.isEmpty()) {
                throw new IllegalArgumentException("an unanswered result has no values, got " + values);
            }
        }
    }

    private final GraphStore store;
    private final EntityLinker linker;
    private final BeforeLinking beforeLinking;
    private final QuestionFrame.Tournaments tournaments;
    private final TemplateLibrary library;
    /** Folded competition name to its number of matches in the graph. */
    private final Map<String, Long> competitions = new HashMap<>();

    private SportsQuestionAnswering(GraphStore store, EntityLinker linker, QuestionFrame.Tournaments tournaments,
                                    TemplateLibrary library) {
        this.store = store;
        this.linker = linker;
        this.beforeLinking = new BeforeLinking(linker);
        this.tournaments = tournaments;
        this.library = library;
        store.read(tx -> tx.run(COMPETITIONS).list()).forEach(r ->
                competitions.merge(Names.fold(r.get("name").asString()), r.get("matches").asLong(), Long::sum));
    }

    /**
     * Reads the graph's names and tournaments, embeds the templates' example questions and warms up the templates' plans
     * (unless {@value #WARM_UP_PROPERTY} is {@code false}).
     */
    public static SportsQuestionAnswering open(GraphStore store) {
        Objects.requireNonNull(store, "store");
        List<Entry> entries = store.read(tx -> tx.run(NAMES).list(r -> new Entry(Kind.valueOf(r.get("kind").asString().toUpperCase()),
                r.get("id").asString(), r.get("name").asString(), r.get("familyName").asString(null))));
        Map<Integer, Map<String, String>> byYear = new HashMap<>();
        Map<String, List<Integer>> hostYears = new HashMap<>();
        Map<String, List<String>> bySeason = new HashMap<>();
        Map<String, List<QuestionFrame.Competed>> byCompetition = new HashMap<>();
        Map<String, java.util.Set<String>> teamsByTournament = new HashMap<>();
        for (Record r : store.read(tx -> tx.run(TOURNAMENTS).list())) {
            if (!r.get("worldCup").asBoolean() && !r.get("competition").isNull()) {
                // A league season or a Euro is named with its competition ("the 2022/23 Premier League", "Euro 2020").
                String competition = r.get("competition").asString();
                byCompetition.computeIfAbsent(Names.fold(competition), k -> new ArrayList<>()).add(new QuestionFrame.Competed(
                        r.get("id").asString(), competition, r.get("year").asInt(), r.get("season").asString(null)));
            }
            if (!r.get("season").isNull()) {
                // A league season ("2020/21") is named by its season, never by a bare year: a year means a World Cup.
                bySeason.computeIfAbsent(r.get("season").asString(), k -> new ArrayList<>()).add(r.get("id").asString());
                continue;
            }
            if (!r.get("worldCup").asBoolean()) {
                continue;
            }
            int year = r.get("year").asInt();
            teamsByTournament.put(r.get("id").asString(), java.util.Set.copyOf(r.get("teams").asList(Value::asString)));
            byYear.computeIfAbsent(year, y -> new HashMap<>()).put(r.get("gender").asString(), r.get("id").asString());
            r.get("hosts").asList(Value::asString).forEach(h -> hostYears.computeIfAbsent(h, k -> new ArrayList<>()).add(year));
        }
        List<String[]> aliases = new ArrayList<>(aliases());
        aliases.addAll(shortNames(entries));
        // Cities come after the short names: "Leverkusen" stays the club's short name though a city of that name hosted matches.
        List<Entry> named = new ArrayList<>(entries);
        store.read(tx -> tx.run(CITIES).list(r -> r.get("name").asString())).forEach(c -> named.add(new Entry(Kind.CITY, c, c, null)));
        SportsQuestionAnswering qa = new SportsQuestionAnswering(store, new EntityLinker(named, aliases, demonyms()),
                new QuestionFrame.Tournaments(byYear, hostYears, bySeason, byCompetition, teamsByTournament, squads(store, entries)),
                new TemplateLibrary(TextEmbedder.shared()));
        if (!"false".equals(System.getProperty(WARM_UP_PROPERTY))) {
            qa.warmUp();
        }
        return qa;
    }

    /** The tournaments of the squads of players who share a name or family name with another player. */
    static final String SHARED_NAME_SQUADS = """
            UNWIND $ids AS id
            MATCH (p:Player {playerId: id})-[r:MEMBER_OF]->(:Team)
            RETURN id, collect(DISTINCT r.tournamentId) AS tournaments
            """;
    /** The teams that played at each tournament, any competition. */
    static final String TOURNAMENT_TEAMS = """
            MATCH (x:Tournament)
            RETURN x.tournamentId AS id, [(t:Team)-[:QUALIFIED_FOR]->(x) | t.teamId]
                   + [(t:Team)-[:PARTICIPATED_IN]->(:Match)-[:IN_TOURNAMENT]->(x) | t.teamId] AS teams
            """;

    private static QuestionFrame.Squads squads(GraphStore store, List<Entry> entries) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PLAYER) {
                byName.computeIfAbsent(Names.fold(e.name()), k -> new ArrayList<>()).add(e.id());
                if (e.familyName() != null) {
                    byName.computeIfAbsent(Names.fold(e.familyName()), k -> new ArrayList<>()).add(e.id());
                }
            }
        }
        List<String> shared = byName.values().stream().filter(ids -> ids.size() > 1).flatMap(List::stream).distinct().toList();
        Map<String, java.util.Set<String>> ofPlayer = new HashMap<>();
        store.read(tx -> tx.run(SHARED_NAME_SQUADS, Map.of("ids", shared)).list()).forEach(r ->
                ofPlayer.put(r.get("id").asString(), java.util.Set.copyOf(r.get("tournaments").asList(Value::asString))));
        Map<String, java.util.Set<String>> teamsAt = new HashMap<>();
        store.read(tx -> tx.run(TOURNAMENT_TEAMS).list()).forEach(r ->
                teamsAt.put(r.get("id").asString(), java.util.Set.copyOf(r.get("teams").asList(Value::asString))));
        return new QuestionFrame.Squads(ofPlayer, teamsAt);
    }

    /**
     * Runs every template's Cypher with the names of a real match (the latest tournament's), then
     * once more: Neo4j plans a query on its first run, and the first runs that return rows load and
     * compile the operators' code, together hundreds of milliseconds a template on a loaded machine;
     * questions then reuse warm plans. Neo4j caches a plan per query text <em>and parameter types</em>;
     * every parameter is a string here and in {@link #parameters} (never null), so the warmed plan is
     * the one a question hits. On an empty graph the parameters match nothing, which still plans.
     * Package-private for the test that runs it where the test JVMs switch it off.
     */
    void warmUp() {
        Map<String, Object> params = warmUpParameters();
        List<String> queries = new ArrayList<>(List.of(MatchTemplates.FIND, MatchTemplates.FIND_IN_SEASON, MatchTemplates.FIND_ANY, MatchTemplates.FIND_IN_YEAR,
                MatchTemplates.TOURNAMENT_OF, COVERAGE,
                SHOOTOUTS_IN_SCOPE));
        for (Template t : library.templates()) {
            queries.add(t.cypher());
            queries.add(t.precondition());
        }
        List<String> distinct = queries.stream().filter(q -> !q.isEmpty()).distinct().toList();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            store.read(tx -> {
                distinct.forEach(q -> tx.run(q, params).consume());
                return null;
            });
        }
    }

    private Map<String, Object> warmUpParameters() {
        Map<String, Object> params = new HashMap<>();
        for (String name : List.of("tournament", "season", "team", "opponent", "player", "award", "stage", "group", "match", "side", "position",
                "person", "city", "stadium", "number", "place", "year", "stageAs", "atHalfTime", "bottom", "date", "matchday")) {
            params.put(name, NONE);
        }
        params.put("gender", "");
        params.put("card", "any");
        params.put("outcome", "won");
        store.read(tx -> tx.run(WARM_UP_MATCH).list()).stream().findFirst().ifPresent(r -> {
            for (String key : r.keys()) {
                params.put(key, r.get(key).asString(NONE));
            }
        });
        return params;
    }

    /** Words of club names that users leave out: "FC", "SV", "1.", "04", "&". */
    private static final java.util.Set<String> CLUB_WORDS = java.util.Set.of("fc", "afc", "cf", "sv", "tsg", "vfl", "vfb", "sc", "ac",
            "ssc", "bv", "sport", "club", "and", "de", "of", "the", "hove");

    /**
     * The short names people use for clubs, from the graph's own team names: "Tottenham" and "Tottenham Hotspur" for
     * "Tottenham Hotspur FC", "Leverkusen" and "Bayer Leverkusen" for "Bayer 04 Leverkusen", "Bayern" for "FC Bayern
     * München". A short name counts only when exactly one team gives it and it is no other entity's name, so
     * "Manchester" (City and United) and "Germany" (a team's whole name) never become one.
     */
    static List<String[]> shortNames(List<Entry> entries) {
        java.util.Set<String> names = new java.util.HashSet<>();
        entries.forEach(e -> names.add(Names.fold(e.name())));
        Map<String, java.util.Set<String>> byForm = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.TEAM) {
                continue;
            }
            List<String> words = java.util.Arrays.stream(Names.fold(e.name()).split(" "))
                    .filter(w -> !CLUB_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)).toList();
            if (words.size() == Names.fold(e.name()).split(" ").length && words.size() < 2) {
                continue;
            }
            java.util.Set<String> forms = new java.util.LinkedHashSet<>(words);
            forms.add(String.join(" ", words));
            for (String form : forms) {
                if (form.length() >= 4 && !names.contains(form) && !EntityLinker.common(form)) {
                    byForm.computeIfAbsent(form, k -> new java.util.HashSet<>()).add(e.name());
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        byForm.forEach((form, teams) -> {
            if (teams.size() == 1) {
                out.add(new String[] {form, teams.iterator().next()});
            }
        });
        return out;
    }

    private static List<String[]> aliases() {
        return namePairs("/sports/team-aliases.tsv");
    }

    /** The demonyms of {@code team-demonyms.tsv}, one pair per team a demonym names ("German" names Germany and West Germany). */
    static List<String[]> demonyms() {
        List<String[]> out = new ArrayList<>();
        for (String[] pair : namePairs("/sports/team-demonyms.tsv")) {
            for (String team : pair[1].split("\\|")) {
                out.add(new String[] {pair[0], team});
            }
        }
        return out;
    }

    /** The tab-separated pairs of a resource, without blank and comment lines. */
    static List<String[]> namePairs(String resource) {
        List<String[]> out = new ArrayList<>();
        var in = SportsQuestionAnswering.class.getResourceAsStream(resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(l.split("\t", 2)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return out;
    }

    /** The number of templates in the library (refusals included). */
    public int templateCount() {
        return library.templates().size();
    }

    /** The templates (refusals included), e.g. as Text2Cypher's worked examples. */
    List<Template> templates() {
        return library.templates();
    }

    /** An "or" between words: the question may offer options for its answer ({@link Choice}). */
    private static final java.util.regex.Pattern OR = java.util.regex.Pattern.compile("\\sor\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Answers {@code question}; never throws for a question it does not understand (it says so). */
    public Result answer(String question) {
        String named = beforeLinking.rewrite(question);
        long t0 = System.nanoTime();
        QuestionFrame frame = null;
        if (OR.matcher(named).find()) {
            // Read once: the frame the options are looked for in is the one answered when there are none.
            frame = QuestionFrame.read(named, linker, tournaments);
            Choice.Reading choice = Choice.read(named, java.util.stream.Stream.concat(frame.teams().stream(), frame.players().stream()).toList());
            if (choice != null) {
                return answerChoice(choice);
            }
        }
        YesNo.Reading yesNo = YesNo.read(named, linker);
        if (yesNo != null) {
            return answerYesNo(yesNo);
        }
        return frame == null ? answerAsked(named) : answerAsked(named, frame, t0);
    }

    /**
     * A yes/no question answered through the question that asks for its subject (see {@link YesNo}): "yes" or "no" with that
     * question's evidence, or a decline saying what was read and why it does not settle the question.
     */
    private Result answerYesNo(YesNo.Reading reading) {
        if (reading.asked().isEmpty()) {
            long t = System.nanoTime();
            return refuse("Cannot answer: a yes/no question is answered only when one team or player is named right after its verb"
                    + " (\"Did Messi score in the 2014 final?\"), and this one names none there.", "", timings(t, t, t, t));
        }
        Result asked = answerAsked(reading.asked());
        if (reading.anyone()) {
            return answerAnyone(reading, asked);
        }
        String read = "read as the yes/no question whether " + reading.subject() + " is an answer to '" + reading.asked() + "'";
        if (!asked.answered()) {
            String why = asked.answer().text().replaceFirst("^Cannot answer: ", "");
            return refuse("Cannot answer: " + read + "; " + why, asked.template(), asked.answer().cypher(), asked.answer().timings(),
                    asked.principled());
        }
        String decided = YesNo.decide(reading.subject(), reading.asked(), asked.values(), asked.template());
        if (decided == null) {
            return refuse("Cannot answer: " + read + "; its answer (" + String.join(", ", asked.values()) + ") comes from the best-fitting"
                    + " question (" + asked.template().replace('_', ' ') + "), which does not list everyone who did what the question asks,"
                    + " so neither 'yes' nor 'no' is settled.", asked.template(), asked.answer().cypher(), asked.answer().timings(), false);
        }
        Answer a = asked.answer();
        return new Result(true, List.of(decided), asked.template(), asked.rows(), new Answer(decided.substring(0, 1).toUpperCase()
                + decided.substring(1) + ": " + read + ", whose answer is " + String.join(", ", asked.values()) + ".", a.citations(),
                a.evidence(), a.cypher(), a.confidence(), a.timings()), false);
    }

    /**
     * A question that offers two options ({@link Choice}): the answer of the question read without them when that answer is
     * exactly one of the options; otherwise a decline saying what was found.
     */
    private Result answerChoice(Choice.Reading reading) {
        Result asked = answerAsked(reading.asked());
        String read = "read as '" + reading.asked() + "' with the options " + String.join(" or ", reading.options());
        if (!asked.answered()) {
            return refuse("Cannot answer: " + read + "; " + asked.answer().text().replaceFirst("^Cannot answer: ", ""), asked.template(),
                    asked.answer().cypher(), asked.answer().timings(), asked.principled());
        }
        String chosen = reading.chosen(asked.values());
        if (chosen == null) {
            boolean both = asked.values().stream().anyMatch(v -> reading.chosen(List.of(v)) != null);
            return refuse("Cannot answer: " + read + "; it found " + (asked.values().isEmpty() ? "none" : String.join(", ", asked.values()))
                    + (both ? ", which is not one of the options alone." : ", which is neither option."), asked.template(),
                    asked.answer().cypher(), asked.answer().timings(), false);
        }
        Answer a = asked.answer();
        return new Result(true, List.of(chosen), asked.template(), asked.rows(), new Answer(chosen + ": " + read + ", whose answer is "
                + String.join(", ", asked.values()) + ".", a.citations(), a.evidence(), a.cypher(), a.confidence(), a.timings()), false);
    }

    /**
     * "Did anyone get sent off in the 2010 final?": everyone who did, from the question that asks who did, when its template
     * lists everyone under the relation asked; otherwise a decline (a "no" would need the same whole list).
     */
    private Result answerAnyone(YesNo.Reading reading, Result asked) {
        String read = "read as '" + reading.asked() + "'";
        if (!asked.answered()) {
            return refuse("Cannot answer: " + read + "; " + asked.answer().text().replaceFirst("^Cannot answer: ", ""), asked.template(),
                    asked.answer().cypher(), asked.answer().timings(), asked.principled());
        }
        if (asked.values().isEmpty()) {
            return refuse("Cannot answer: " + read + "; it found no one, and an empty list is not read as a 'no'.", asked.template(),
                    asked.answer().cypher(), asked.answer().timings(), false);
        }
        if (!YesNo.listsEveryone(reading.asked(), asked.template())) {
            return refuse("Cannot answer: " + read + "; its answer (" + String.join(", ", asked.values()) + ") comes from the best-fitting"
                    + " question (" + asked.template().replace('_', ' ') + "), which does not list everyone who did what the question asks.",
                    asked.template(), asked.answer().cypher(), asked.answer().timings(), false);
        }
        Answer a = asked.answer();
        return new Result(true, asked.values(), asked.template(), asked.rows(), new Answer("Yes: " + read + ", " + a.text(),
                a.citations(), a.evidence(), a.cypher(), a.confidence(), a.timings()), false);
    }

    private Result answerAsked(String question) {
        long t0 = System.nanoTime();
        return answerAsked(question, QuestionFrame.read(question, linker, tournaments), t0);
    }

    /** {@code question} answered from its {@code frame}, read since {@code t0} (the linking time of the answer's timings). */
    private Result answerAsked(String question, QuestionFrame frame, long t0) {
        long t1 = System.nanoTime();
        if (!frame.problems().isEmpty()) {
            // A year without a World Cup (a future one, or 1942) is a question about what does not exist.
            boolean noSuchTournament = frame.problems().stream().allMatch(p -> p.startsWith(QuestionFrame.NO_TOURNAMENT));
            return refuse("Cannot answer: " + String.join("; ", frame.problems()) + ".", "", timings(t0, t1, t1, t1), noSuchTournament);
        }
        String canonical = frame.rewritten();
        // A refusal whose subject the question does not name (appearances, for one about squads) is no reason to refuse.
        List<TemplateLibrary.Choice> choices = library.rank(frame).stream().filter(c -> !c.template().isRefusal()
                || !REQUIRES.containsKey(c.template().name()) || REQUIRES.get(c.template().name()).matcher(canonical).find()).toList();
        if (frame.competition() != null && frame.tournamentId() != null) {
            // A competition the graph holds is no reason to refuse as "no data on that competition": its own templates answer.
            choices = choices.stream().filter(c -> !c.template().name().equals(TemplateLibrary.OTHER_COMPETITIONS)).toList();
        }
        long t2 = System.nanoTime();
        if (choices.isEmpty()) {
            return refuse("Cannot answer: the question fits none of the question templates.", "", timings(t0, t1, t2, t2));
        }
        if (choices.getFirst().template().isRefusal()) {
            Template template = choices.getFirst().template();
            return refuse("Cannot answer: " + refusal(template, frame) + ".", template.name(), timings(t0, t1, t2, t2),
                    PRINCIPLED_REFUSALS.contains(template.name()));
        }
        // Re-planning: a template that cannot honour every part of the question (its answer kind, names, stage, relation, side,
        // order or ranking) is passed over before it runs; one that finds no record or answers with the wrong kind of thing is
        // followed by the next. The first decline is the answer when none fits.
        Result first = null;
        double best = Double.NaN;
        int tried = 0;
        for (TemplateLibrary.Choice choice : choices) {
            if (tried == MAX_PLANS || choice.score() < best - REPLAN_MARGIN) {
                break;
            }
            if (choice.template().isRefusal()) {
                // A refusal answers only when it fits best (above); below a template passed over it is no reason to stop.
                continue;
            }
            String unmet = unmet(frame, choice.template());
            if (Double.isNaN(best) && unmet == null) {
                // The margin counts from the best template that can honour the whole question, not from one passed over.
                best = choice.score();
            }
            if (unmet != null) {
                if (first == null) {
                    first = refuse("Cannot answer: understood " + frame.understood() + "; " + unmet + ".", choice.template().name(),
                            timings(t0, t1, t2, t2));
                }
                continue;
            }
            tried++;
            Attempt attempt = attempt(question, frame, choice, t0, t1, t2);
            String tied = attempt.result().answered() ? tied(frame, choice.template(), attempt.result().values()) : null;
            if (tied != null) {
                return refuse("Cannot answer: understood " + frame.understood() + "; " + tied, choice.template().name(), timings(t0, t1, t2, t2));
            }
            String miscounted = attempt.result().answered() ? miscounted(frame, attempt.result().values()) : null;
            if (miscounted != null) {
                // "Which three clubs finished in the bottom three?" once got the one bottom club: a count asked is a constraint too.
                if (first == null) {
                    first = refuse("Cannot answer: understood " + frame.understood() + "; " + miscounted + " from the best-fitting"
                            + " question (" + choice.template().name().replace('_', ' ') + ").", choice.template().name(),
                            timings(t0, t1, t2, t2));
                }
                continue;
            }
            if (attempt.result().answered() || attempt.decisive()) {
                return attempt.result();
            }
            if (first == null) {
                first = attempt.result();
            }
        }
        return first != null ? first : refuse("Cannot answer: understood " + frame.understood()
                + "; no question template fits all of it.", "", timings(t0, t1, t2, t2));
    }

    /** The rankings of players whose top may be shared: "the top scorer" of a tournament with four players on five goals. */
    private static final java.util.Set<String> PLAYER_RANKINGS = java.util.Set.of("top_scorer", "team_top_scorer_in_tournament",
            "all_time_top_scorer");
    /** A question that asks for more than one, or for everyone tied: "the top scorers", "who were", "joint top scorer". */
    private static final java.util.regex.Pattern SEVERAL_ASKED = java.util.regex.Pattern.compile(
            "\\b(scorers|goalscorers|players|who were|were the|joint|jointly|tied|shared|share|level|list|name all|all the|everyone|anyone)\\b");

    /**
     * Why {@code values}, several players tied at the top of a ranking, do not answer a question that asks for the one
     * ("Who was the top scorer at the 2010 World Cup?": four players scored five), or null. A question that asks for several or
     * for the tied ("Who were the top scorers?", "joint top scorer") is answered with all of them.
     */
    static String tied(QuestionFrame frame, Template template, List<String> values) {
        if (values.size() < 2 || !PLAYER_RANKINGS.contains(template.name()) || SEVERAL_ASKED.matcher(frame.rewritten()).find()) {
            return null;
        }
        return values.size() + " players share the top (" + String.join(", ", values) + ", from the best-fitting question, "
                + template.name().replace('_', ' ') + "), and the question asks for one: ask for the top scorers to get all of them.";
    }

    /** A number of answers the question asks for: "which three clubs", "name the two scorers", "the bottom three". */
    private static final java.util.regex.Pattern STATED_COUNT = java.util.regex.Pattern.compile(
            "^\\s*(?:which|what|name|list)(?: the)? (two|three|four|five|six|seven|eight|nine|ten) \\w+"
                    + "|\\b(?:bottom|top|last|first) (two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** Why {@code values} do not answer a number of answers the question asks for ("Which three clubs ...?"), or null. */
    static String miscounted(QuestionFrame frame, List<String> values) {
        java.util.regex.Matcher m = STATED_COUNT.matcher(frame.rewritten());
        if (!m.find()) {
            return null;
        }
        int asked = NUMBER_WORDS.indexOf(m.group(1) != null ? m.group(1) : m.group(2)) + 2;
        return values.size() == asked ? null : "the question asks for " + asked + " answers, and " + values.size() + " came";
    }

    /**
     * What the graph holds of a tournament of another competition than the World Cups: its matches, whether every team
     * played every other home and away (a whole league season), and whether goals and bookings were recorded.
     */
    static final String COVERAGE = """
            MATCH (x:Tournament {tournamentId: $tournament})
            OPTIONAL MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)<-[:PARTICIPATED_IN]-(t:Team)
            WITH x, t, count(m) AS played
            WITH x, count(t) AS teams, collect(played) AS played
            RETURN x.name AS name, count { (x)<-[:IN_TOURNAMENT]-(:Match) } AS matches,
                   teams > 2 AND all(n IN played WHERE n = 2 * (teams - 1)) AS whole,
                   EXISTS { (x)<-[:IN_TOURNAMENT]-(:Match)<-[:IN_MATCH]-(:Goal) } AS goals,
                   EXISTS { (x)<-[:IN_TOURNAMENT]-(:Match)<-[:IN_MATCH]-(:Booking) } AS bookings
            """;

    /**
     * Why a template cannot answer about the tournament of another competition than the World Cups from what the graph holds
     * of it, or null: a tournament-wide answer needs the whole season (the StatsBomb fixture holds single matches), and a
     * question about scorers or cards needs them recorded (openfootball holds scores only). A World Cup is never checked.
     */
    private String uncovered(QuestionFrame frame, Template template, Map<String, Object> params) {
        if (frame.competition() == null && frame.season() == null || frame.tournamentId() == null) {
            return null;
        }
        Record c = store.read(tx -> tx.run(COVERAGE, params).single());
        String name = c.get("name").asString("that tournament");
        boolean tournamentWide = template.slots().contains(Slot.TOURNAMENT) && !template.slots().contains(Slot.MATCH);
        if (tournamentWide && !c.get("whole").asBoolean()) {
            return "the graph holds " + c.get("matches").asLong() + " match(es) of " + name + ", not the whole tournament, so a"
                    + " tournament-wide answer would be a guess (ask about one of its matches by its two teams)";
        }
        if (template.cypher().contains(":Goal") && !c.get("goals").asBoolean()) {
            return "the source of " + name + " records the scores but not who scored (openfootball league data holds scores only)";
        }
        if (template.cypher().contains(":Booking") && !c.get("bookings").asBoolean()) {
            return "the source of " + name + " records no cards (openfootball league data holds scores only)";
        }
        return null;
    }

    /**
     * Cypher returning {@code n}: the matches decided by a penalty shoot-out among those a result-reading template counts
     * (the team's, against the opponent when one is named, in the tournament named or else at the World Cups of the gender,
     * at the stage named; every team's when none is named).
     */
    static final String SHOOTOUTS_IN_SCOPE = """
            OPTIONAL MATCH (t:Team)-[p:PARTICIPATED_IN]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
            WHERE p.penaltyShootout AND ($team = '' OR t.teamId = $team)
              AND ($opponent = '' OR EXISTS { (m)<-[:PARTICIPATED_IN]-(:Team {teamId: $opponent}) })
              AND CASE WHEN $tournament <> '' THEN x.tournamentId = $tournament ELSE x.gender = $gender AND %s END
              AND %s
            RETURN count(DISTINCT m) AS n
            """.formatted(Names.IS_WORLD_CUP, Names.AT_STAGE);

    /**
     * Why a template that counts draws (a draw count, a win–draw–loss record) cannot answer without a reading the question
     * does not give, or null: a match decided by a penalty shoot-out is a draw in the official records and a win and a loss in the
     * data, so when such matches are among those counted and the question does not say how to count them ("shoot-outs
     * included"), either count would be a guess.
     */
    private String shootoutsInScope(QuestionFrame frame, Template template, Map<String, Object> params) {
        if (!countsDraws(template, frame) || template.slots().contains(Slot.MATCH)
                || SHOOTOUTS_COUNTED.matcher(frame.rewritten()).find()) {
            return null;
        }
        Map<String, Object> scope = new HashMap<>(params);
        if (!template.slots().contains(Slot.TEAM)) {
            scope.put("team", NONE);
            scope.put("opponent", NONE);
        }
        long n = store.read(tx -> tx.run(SHOOTOUTS_IN_SCOPE, scope).single().get("n").asLong());
        return n == 0 ? null : n + " of the matches counted went to a penalty shoot-out, which the official records count as a draw"
                + " and the data as a win and a loss; say whether shoot-outs count as wins and losses ('shoot-outs included')";
    }

    /** Whether a template counts results (wins, draws, losses). */
    private static boolean readsResults(Template template) {
        return template.cypher().contains("p.result") || template.cypher().contains("m.homeScore = m.awayScore");
    }

    /**
     * Whether a template counts draws for this question (a draw count, or a win–draw–loss record): a match decided by a
     * shoot-out is a draw in the official records and a win and a loss in the data. A count of wins or losses alone is not
     * in doubt: "Italy won the 2006 final" is how everyone says it.
     */
    private static boolean countsDraws(Template template, QuestionFrame frame) {
        String cypher = template.cypher();
        return cypher.contains("p.result = 'draw'") || cypher.contains("m.homeScore = m.awayScore")
                || cypher.contains("'drew'") && frame.outcome().equals("drew");
    }

    /** "shoot-outs included", "counting shoot-out wins": how to count a match decided on penalties, not a relation asked. */
    private static final java.util.regex.Pattern SHOOTOUTS_COUNTED = java.util.regex.Pattern.compile(
            "\\b(shoot ?outs?|penalty shoot ?outs?|penalties) (included|counted|count)\\b"
                    + "|\\b(counting|including|incl|with) (the )?(penalty )?(shoot ?outs?|shoot ?out wins|shoot ?out (wins and )?losses|penalties)\\b");

    /** The half-time score, as questions name it (read on the folded question: "half-time" is "half time"). */
    private static final String HALF_TIME = "half ?time|halftime|the interval|the break|ht score";

    /** Templates that rank (a "most", "fewest", "biggest" question needs one of them). */
    private static final java.util.Set<String> RANKINGS = java.util.Set.of("top_scorer", "all_time_top_scorer", "most_titles",
            "biggest_win_tournament", "biggest_win_all_time", "biggest_win_team", "team_most_goals_in_tournament", "league_champion", "league_bottom", "team_top_scorer_in_tournament",
            "team_most_conceded_in_tournament", "top_scorer_goals", "league_most_results", "league_fewest_results", "group_bottom",
            "league_fewest_conceded");

    /** A ranking asked from the bottom; "worst" is left out, as "the worst defence" is the one that conceded the most. */
    private static final java.util.regex.Pattern FEWEST = java.util.regex.Pattern.compile("fewest|least|lowest|smallest");
    /** The rankings that pick from the bottom: the only ones a "fewest" question may get. */
    private static final java.util.Set<String> RANKS_UPWARD = java.util.Set.of("league_bottom", "league_fewest_results", "group_bottom",
            "league_fewest_conceded");

    /** Words that say a person was in charge: of a team (managed) or of a match (refereed). */
    private static final String IN_CHARGE = "in charge|took charge|take charge";
    private static final String MANAGED = "manag\\w*|coach\\w*|boss|" + IN_CHARGE;
    private static final String REFEREED = "refere\\w*|officiat\\w*|" + IN_CHARGE;

    /** Ordinal words, each at its place (index 1 is "first"). */
    private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth");
    /** The squad positions as questions name them (the keys of {@link #POSITIONS}, singular or plural). */
    private static final String SQUAD_POSITION_WORDS = "goalkeepers?|goal keepers?|keepers?|goalies?|defenders?|midfielders?|forwards?";
    /**
     * A line-up position finer than the squad's four ("centre forward", "left back", "defensive midfielder"), read against the
     * end of StatsBomb's position name ("centre back" is "Right Center Back" too), by the line-up template only.
     */
    private static final String FINE_POSITION_WORDS = "(?:left|right) wing ?backs?|(?:centre|center|central|left|right|attacking|defensive)"
            + " (?:forwards?|backs?|midfield\\w*|wing(?:ers?|s)?)|wing ?backs?|cent(?:re|er) ?backs?";
    /** The goalkeeper of a match said without the word. */
    private static final String IN_GOAL_WORDS = "in goal|kept goal|keep goal|between the posts";

    /** A 0–0 said ("goalless", "scoreless", "nil-nil", "0-0"), on the folded question. */
    private static final String GOALLESS = "goalless|scoreless|nil nil|nil all|0 0|without (a|any) goals?";

    /** A player going off ("substituted off", "taken off", "came off" but not "came off the bench"), on the folded question. */
    private static final String GOING_OFF = "substituted off|subbed off|taken off|came off(?! the bench)|went off|hauled off|brought off|withdrawn";

    /**
     * What a template asks beyond its slots, which the question must say too: a third place is not "who won", a count of
     * red cards not "how many cards". Read on the folded, rewritten question.
     */
    private static final Map<String, java.util.regex.Pattern> REQUIRES = Map.ofEntries(
            requires("starters_at_position_in_match", FINE_POSITION_WORDS + "|" + SQUAD_POSITION_WORDS + "|" + IN_GOAL_WORDS),
            requires("unused_players_in_match", "not|didn t|unused|bench"),
            requires("head_to_head_wins", "beat\\w*|won|wins?|defeat\\w*|lost|lose|losses|victor\\w*"),
            requires("manager_in_match", "manag\\w*|coach\\w*|in charge|boss"),
            requires("formation_in_match", "formation|shape|system|line up|lined up"),
            requires("third_place", "third|bronze|3rd"), requires("fourth_place", "fourth|4th|third place|3rd place"),
            requires("runner_up", "runner|second|2nd|lost|lose|beaten|defeated"),
            requires("own_goal_scorers_in_match", "own goal|own net"), requires("own_goals_in_tournament", "own goal|own net"),
            requires("hat_tricks_in_tournament", "hat ?tricks?|three goals|treble"), requires("hat_trick_scorers", "hat ?tricks?|three goals|treble"),
            requires("player_hat_tricks", "hat ?tricks?|three goals|treble"),
            requires("shootout_winner", "shoot ?outs?|penalt|spot kicks?"), requires("shootout_score", "shoot ?outs?|penalt|spot kicks?"),
            requires("shootout_misses", "missed|miss|misses|saved"),
            requires("shootout_scorers", "(?=.*\\b(?:shoot ?outs?|penalties|spot kicks?)\\b)(?=.*\\b(?:scored|score|converted|convert|netted|successful|put away)\\b)"),
            requires("penalty_goals_in_tournament", "penalty goals|(penalt\\w*|spot kicks?) (were |was )?(scored|converted)"
                    + "|goals (from|with) (the )?(spot|penalt\\w*)"),
            requires("shootouts_in_tournament", "shoot ?outs?|penalt"), requires("team_shootouts", "shoot ?outs?|penalt"),
            requires("player_penalty_goals", "penalt|spot"), requires("player_penalty_goals_in_tournament", "penalt|spot"),
            requires("cards_in_match", "cards?|book|bookings|cautions?|sent off|sending off|sendings off|dismiss"),
            requires("player_award_count", "times|how many"),
            requires("booked_in_match", "cards?|book|booked|bookings|cautioned|cautions?"),
            requires("red_cards_in_tournament", "red|sent off|sending off|sendings off|dismiss"),
            requires("yellow_cards_in_tournament", "yellow|book|caution"),
            requires("substitutes_in_match", "substitut|came on|brought on|bring on|bringing on|sent on|send on|bench|replaced|subs?"),
            requires("number_in_match", "(number|no|shirt|jersey) \\d{1,2}\\b|\\d{1,2} (shirt|jersey)"),
            // "Who replaced X", "came on for X", "X was substituted by": X went off. "Whom did X replace" asks the reverse.
            requires("substituted_off_in_match", GOING_OFF),
            requires("replacement_in_match", "replaced|came on for|come on for|brought on for|brought on in place of|in place of"
                    + "|took the place of|substituted by|subbed on for|subbed off for"),
            requires("first_scorer_in_match", "first|open|earliest"), requires("match_opponent", "beat|play|played|face|faced|meet|met"
                    + "|lose|lost|defeat|defeated|opponent|opponents|against whom|knocked|eliminat"),
            requires("biggest_win_tournament", "biggest|largest|heaviest|widest|margin|thrashing|hammering|record win"),
            requires("biggest_win_all_time", "biggest|largest|heaviest|widest|margin|thrashing|hammering|record win"),
            requires("biggest_win_team", "biggest|largest|heaviest|widest|margin|thrashing|hammering|record win"),
            // An award winner's team: the team is asked of the winner ("play for", "represent"), not the award.
            requires("award_winner_team", "play\\w*|represent\\w*|team|country|nation|side"),
            requires("team_title_manager", "(?=.*\\b(?:" + MANAGED + "|led|lead|guided))(?=.*\\b(?:won|win|champions?|titles?|trophy|victory|glory|triumph))"),
            requires("most_titles", "most|successful"), requires("team_hosted_years", "host|hosted|held|staged"),
            requires("league_champion", "won|win|champions?|title|top(?! (goal ?)?scorers?)|topped|first"),
            // A place in the table must be named ("finished second"): the query reads it as $place; "first" is league_champion's.
            requires("league_place", "(finish\\w*|end\\w*|came|come|placed?|was|were|in)( the season| the table| the league)?( in)?"
                    + " (" + String.join("|", ORDINALS.subList(2, ORDINALS.size())) + "|\\d{1,2}(st|nd|rd|th)?)\\b"),
            requires("league_position", "position|place|finish\\w*|end\\w* up|ended|rank\\w*|table"),
            requires("league_most_results", "most (\\w+ )?(wins|victories|draws|defeats|losses|matches|games)|won|drew|drawn|lost"),
            requires("league_fewest_results", "(fewest|least) (\\w+ )?(wins|victories|draws|defeats|losses|matches|games)|won|drew|drawn|lost"),
            requires("group_winner", "won|win|winners?|top\\w*|first|1st|head(ed)?|led"),
            requires("group_bottom", "bottom|last|fewest points|lowest|propped|wooden spoon"),
            // A group's members are several teams: "Which team came last in Group B?" asks for one of them by its place.
            requires("group_members", "teams|countries|nations|sides|members|who played|made up"),
            // A count of the matches at a place counts matches, never goals or cards there.
            requires("place_match_count", "how many (world cup |wc )?(matches|games|fixtures)|how many times"),
            requires("place_match_count_in_tournament", "how many (world cup |wc )?(matches|games|fixtures)|how many times"),
            // The last club of the table; "relegated" is several clubs, never asked of this.
            requires("league_bottom", "bottom|came last|finished last|last place|wooden spoon|fewest points|lowest points|least points"),
            requires("winner_manager", "(?=.*\\b(?:" + MANAGED + "))(?=.*\\b(?:won|win|champions?|titles?|trophy))"),
            requires("team_most_goals_in_tournament", "most|highest scoring|top scoring"),
            requires("team_most_conceded_in_tournament", "conced\\w*|let in|goals against|worst defen[cs]e"),
            requires("team_results_in_tournament", "won|win|wins|lost|lose|losses|drew|draw|draws|drawn"),
            // A count of wins, of goals conceded, a debut year: the measure must be the one the question names ("reached the final" is no win).
            requires("team_total_wins", "won|win|wins|winning|victor\\w*|beat|beaten|defeated"),
            requires("team_conceded_in_tournament", "conced\\w*|let in|goals against|shipped|allowed"),
            requires("team_first_appearance", "first|debut|earliest|began|begin|start\\w*|maiden|inaugural"),
            requires("team_title_years", "won|win|wins|champions?|titles?|trophy|lifted|crowned"),
            // Refusals too: a refusal whose subject the question does not name is no reason to refuse (see answer()).
            requires("player_attributes", "tall|height|heav\\w*|weigh\\w*|salary|salaries|wages?|paid|earn\\w*|clubs?|transfer|fee"),
            requires("attendance", "attendance|attended|spectators|crowd|fans|watched|capacity|tickets?"),
            requires("assists", "assist\\w*|set up|provided|created"), requires("captains", "captain\\w*|skipper\\w*|armband"),
            requires(TemplateLibrary.OTHER_COMPETITIONS, "euros?|european|copa|champions|olymp\\w*|league|liga|bundesliga|serie|ligue"
                    + "|cup|nations|friendl\\w*|qualif\\w*|africa\\w*|asia\\w*|concacaf|conmebol|club|season"),
            requires("match_statistics", "possession|shots?|corners?|fouls?|offsides?|passes|passing|xg|expected goals|statistics"
                    + "|stats|tackles|touches|distance|saves|crosses|free kicks?|throw ins?|chances|ran"),
            requires("penalty_scorers_in_match", "penalt|spot"), requires("team_goals_in_match", "against|vs|versus|v\\b|final|semi\\w*|quarter\\w*|round of|third place"),
            requires("match_goals", "goals"),
            // "Who won the final?" asks for a team: the winning goal must be named as a goal ("scored the winner").
            requires("winning_goal_scorer", "winning goal|decisive goal|goal that (won|decided)|(scored|scorer|got)\\b.*\\bwinner"),
            requires("tournament_end_date", "end|ended|ends|finish\\w*|conclu\\w*|last day|final day|over|wrap\\w*"),
            requires("top_scorer_goals", "goals|tally"),
            // A stadium's city: the city is asked, not where a match was played.
            requires("stadium_city", "city|town|located|where is|where s"),
            // A line-up must be asked for: "Who wore number 10 for Argentina?" is no question about a match's starters.
            requires("starters_in_match", "start\\w*|line ?ups?|lined up|eleven|xi|first team"),
            requires("match_stage", "round|stage|phase|matchday|match day|gameweek|game week"),
            requires("team_carded_in_tournament", "cards?|book\\w*|caution\\w*|sent off|sending off|dismiss\\w*"),
            requires("first_scorer_in_tournament", "first( ever)?( world cup| wc)? goal|opening goal|opened the scoring|opener|first to score|first scorer"),
            requires("team_eliminated_by", "knock\\w*|eliminat\\w*|sent \\w+ home|send \\w+ home|dumped|ousted|put \\w+ out"),
            // "When was the first women's World Cup?": a tournament named by its order, asked when, is asked for its year.
            requires("tournament_year", "year|^when (was|were|is) the (first|inaugural|last|most recent|latest)( ever)?( men s| women s| mens| womens)?"
                    + " (fifa )?(world cup|tournament|edition)$"), requires("substitutions_in_match", "substitut\\w*|subs|bench|changes"),
            requires("shootouts_all_time", "shoot ?outs?|penalt"),
            requires("player_awards_in_tournament", "awards?|prizes?|trophy|trophies"), requires("player_cards", "cards?|sent off|book\\w*|caution\\w*|dismiss\\w*"),
            requires("team_hosted_count", "host|hosted|held|staged"),
            // A person's role must be the one asked: "Who wore the number 10 shirt for Brazil in 2002?" is no manager question.
            requires("manager", MANAGED + "|gaffer|trainer"),
            // A manager's or referee's country, and the managers of a team's titles, need both of their parts named.
            requires("manager_country", "(?=.*\\b(?:manag\\w*|coach\\w*|boss|in charge))(?=.*\\b(?:from|countr\\w*|nationality|nation|born))"),
            requires("referee_country_in_match", "(?=.*\\b(?:refere\\w*|refs?|officiat\\w*|official))(?=.*\\b(?:from|countr\\w*|nationality|nation|born))"),
            requires("title_managers", "(?=.*\\b(?:manag\\w*|coach\\w*|boss|in charge))(?=.*\\b(?:won|win|champions?|titles?|trophy))"),
            requires("referee_match_count", REFEREED),
            requires("referee_match_count_in_tournament", REFEREED),
            requires("manager_teams", MANAGED),
            requires("manager_all_teams", MANAGED),
            requires("manager_tournament_count", MANAGED),
            requires("match_referee", REFEREED + "|refs?|officials?|whistle"),
            requires("player_appearances", "appearances?|appeared|matches|games|minutes|caps|starts|started"),
            requires("player_shirt_number", "shirt|jersey|squad number|number did|number was|wear|wore"),
            requires("team_squad_size", "squad|players"), requires("tournament_stadium_count", "stadiums|venues|grounds|arenas"),
            requires("tournament_start_date", "start|started|begin|began|kick ?off|kicked off|open\\w*|first match|first game|first day"),
            requires("world_cup_count", "world cups|editions|tournaments"),
            requires("team_record_in_tournament", "record|w d l|wins? draws? loss(es)?|" + AnswerKind.THREE_COUNTS.substring(2)),
            requires("team_record_all_time", "record|w d l|" + AnswerKind.THREE_COUNTS.substring(2)), requires("league_points", "points"),
            requires("half_time_score", HALF_TIME), requires("draws_in_tournament", "draws?|drew|drawn|level|tied"),
            requires("goalless_draws_in_tournament", GOALLESS),
            requires("home_wins_in_tournament", "home wins?|home victories|home team win|won at home|home sides? won"),
            requires("team_home_wins_in_tournament", "home wins?|home victories|won at home|win at home|home (games|matches) did"),
            requires("league_fewest_conceded", "(?=.*\\b(?:conced\\w*|let in|goals against|best defen[cs]e))(?=.*\\b(?:fewest|least|lowest|best))"),
            requires("league_unbeaten", "unbeaten|undefeated"),
            requires("league_bottom_places", "bottom (two|three|four|five|2|3|4|5)"));

    private static Map.Entry<String, java.util.regex.Pattern> requires(String template, String words) {
        return Map.entry(template, java.util.regex.Pattern.compile("\\b(" + words + ")"));
    }

    /**
     * The squad positions the World Cup squads record, as questions name them, each with the squad's word: the one list both
     * the relation check (a position is read only by a template reading {@code $position}) and the parameter read.
     */
    private static final Map<String, String> POSITIONS = Map.of("goalkeeper", "goal keeper", "goal keeper", "goal keeper",
            "keeper", "goal keeper", "goalie", "goal keeper", "defender", "defender", "midfielder", "midfielder", "forward", "forward");
    private static final java.util.regex.Pattern IN_GOAL = java.util.regex.Pattern.compile("\\b(" + IN_GOAL_WORDS + ")\\b");
    private static final java.util.regex.Pattern POSITION_WORDS = java.util.regex.Pattern.compile("\\b(" + SQUAD_POSITION_WORDS + ")\\b");
    private static final java.util.regex.Pattern FINE_POSITION = java.util.regex.Pattern.compile("\\b(" + FINE_POSITION_WORDS + ")\\b");

    /** Own goals left out in words: "not counting the own goal", "excluding own goals", "own goals not included". */
    static final String OWN_GOALS_EXCLUDED = "(?:not counting|not including|excluding|without|apart from|other than|except(?: for)?)"
            + "(?: the| any| an)? own goals?|own goals? (?:not included|not counted|excluded|aside)";
    /**
     * Relations and measures a question may name, each with what a template's Cypher must read to honour it: "conceded"
     * needs goals against, "hosted" the HOSTED relationship, "booked" bookings, "started" line-ups. Measures no source holds
     * (possession, xG, the weather) and negations need what no template reads, so such questions are declined.
     */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> RELATIONS = List.of(
            // "goals against" is conceding only when no team follows: "scored Girona's goals against Barcelona" is scoring.
            relation("conced\\w*|let in|goals against(?=\\s*(did|do|does|has|have|had|in|at|during|for|over|across|\\?|$))|shipped", "goalsAgainst"),
            relation("booked|bookings?|cautioned|cautions?|yellow cards?", "Booking"),
            relation("sent off|sending off|sendings off|red cards?|dismissed|dismissals?", "Booking"),
            relation("draws?|drew|drawn|tied", "draw"),
            // A 0–0 is read only by a query that reads a score of nought (a match asked about meets it by its score).
            relation(GOALLESS, "homeScore = 0"),
            relation("points", "points"),
            relation("stadiums|venues|grounds", "Stadium"),
            relation("referee\\w*|refereed|officials?", "Referee"),
            relation("manag\\w*|coach\\w*|boss", "Manager"),
            relation("golden ball|golden balls|golden glove|best young|fair play|awards?", "Award"),
            // A side's formation is how it lined up: "What formation did Italy line up in?" reads the formation, not the players.
            relation("started|starting|starters?|line ?ups?|lined up|on the bench|unused", "PLAYED_IN|formation"),
            relation("missed|miss|misses|saved", "converted: false"),
            // A squad position (the World Cup squads record one) is read only by a template that reads $position; a position in a
            // match ("in goal"), a striker or a captain by none.
            Map.entry(POSITION_WORDS, "$position"),
            // "In goal" is a position in a match: only a template reading line-up positions honours it.
            relation(IN_GOAL_WORDS, "r.position"),
            // A position more precise than the squad's four ("centre forward", "left back") is a line-up position; a striker, a
            // winger, a full back or a captain is read by no template.
            relation(FINE_POSITION_WORDS, "r.position"),
            relation("strikers?|captain\\w*|wingers?|full ?backs?", "\u0000"),
            relation("squads?", "MEMBER_OF"),
            relation("headed|header|left foot\\w*|right foot\\w*|volley\\w*|free kicks?|corners?|fouls?|offsides?|possession|xg"
                    + "|expected goals|shots?|passes|passing|weather|temperature|rain|attendance|spectators|crowd|capacity|tall\\w*|height\\w*"
                    // Superlatives of measures no source holds: "the tallest player" is no top scorer.
                    + "|shortest|lightest|fastest|quickest|slowest|strongest|greatest|longest"
                    // Family relations: "Cristiano Ronaldo's son" is not Cristiano Ronaldo.
                    + "|sons?|daughters?|wife|husband|father|mother|brothers?|sisters?|children|cousins?|nephews?"
                    + "|weigh\\w*|salary|transfer|injur\\w*|assists?|born|age|aged|oldest|youngest|minutes played|tickets?|prize money"
                    // Who gave a penalty away (the foul) is recorded by no source read; the penalty's scorer is another question.
                    + "|gave away|give away|gives away|giving away|conceded (a|the) penalty", "\u0000"),
            // A negation is read only by a query that says "not": the squad players with no line-up entry in a match.
            // Penalties scored are goals (or shoot-out kicks), never the matches that went to a shoot-out.
            relation("penalt\\w* (?:were |was )?(?:scored|converted)|penalty goals|goals (?:from|with) (?:the )?(?:spot|penalt\\w*)",
                    "penalty: true|g.penalty|PenaltyKick|Penalties"),
            // Penalties "not counting shoot-outs" are the goals with the penalty flag: only that count reads the exclusion.
            relation("(?:not counting|not including|excluding|without|apart from|other than|not|not in)(?: the| any)?(?: penalty)? shoot ?outs?"
                    + "|shoot ?outs? (?:not included|not counted|not counting|excluded|aside)", "Goal {penalty: true}"),
            // Own goals left out ("not counting the own goal") are read only by a query that leaves them out.
            relation(OWN_GOALS_EXCLUDED, "NOT coalesce(g.ownGoal, false)"),
            relation("(?<!shoot ?outs? |own goals? )not(?! (?:counting|including|in)?(?: ?the| ?any)?(?: ?penalty)? ?shoot ?outs?)"
                    + "(?! (?:counting|including)(?: the| any| an)? own goals?)|never|didn t|did not|wasn t"
                    + "|without(?!(?: the| any)?(?: penalty)? shoot ?outs?)(?!(?: the| any| an)? own goals?)|nobody|no one|failed to qualify", "\u0000|NOT EXISTS { (p)-[:PLAYED_IN]->(m) }"),
            // Officials other than the referee are recorded by no source read.
            relation("assistant referees?|assistants?|linesm[ae]n|lineswom[ae]n|fourth officials?|var|video assistant\\w*", "\u0000"),
            // The knockout stage is several stages (round of 16 to the final); no template restricts to a set of stages.
            relation("knock ?out (stage|stages|phase|rounds?|games|matches|ties)|knock ?outs|elimination (stage|rounds?)", "\u0000"));

    /** A shirt number asked about ("number 10", "the no. 9 shirt", "#7", "the 10 shirt"), read by a template that reads $number. */
    private static final java.util.regex.Pattern SHIRT_NUMBER = java.util.regex.Pattern.compile(
            "\\b(?:number|no|shirt|jersey)\\s+(\\d{1,2})\\b|#(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(?:shirt|jersey)\\b");

    /**
     * A place in a table the question names ("finished second", "in 3rd place", "ended fifth"): an ordinal after a verb of
     * finishing or before "place"/"position", never "the second half" or "the first goal".
     */
    private static final java.util.regex.Pattern TABLE_PLACE = java.util.regex.Pattern.compile(
            "\\b(?:finish\\w*|end\\w*(?: up)?|came|come|placed?|was|were|in)(?: the season| the table| the league)?(?: in)? (\\d{1,2}(?=st|nd|rd|th|\\b)|[a-z]+)(?:st|nd|rd|th)?\\b"
                    + "(?! (?:half|leg|goal|round|match|game|minute|tournament|world cup|time|season)\\b)");

    /** The table place the question names, as digits, or '' for none. */
    static String tablePlace(String question) {
        java.util.regex.Matcher m = TABLE_PLACE.matcher(Names.fold(question));
        while (m.find()) {
            String word = m.group(1);
            int n = word.matches("\\d{1,2}") ? Integer.parseInt(word) : ORDINALS.indexOf(word);
            if (n > 0 && n < 30) {
                return String.valueOf(n);
            }
        }
        return NONE;
    }

    /** "the bottom three", "bottom 3": how many places from the bottom of a table the question asks for. */
    private static final java.util.regex.Pattern BOTTOM_PLACES = java.util.regex.Pattern.compile("\\bbottom (two|three|four|five|[2-5])\\b");

    /** The number of places from the bottom of a table the question names ("the bottom three": 3), as digits, or '' for none. */
    static String bottomPlaces(String folded) {
        java.util.regex.Matcher m = BOTTOM_PLACES.matcher(folded);
        if (!m.find()) {
            return NONE;
        }
        return m.group(1).matches("\\d") ? m.group(1) : String.valueOf(List.of("two", "three", "four", "five").indexOf(m.group(1)) + 2);
    }

    /** The shirt number the question names, or '' for none. */
    static String shirtNumber(String question) {
        java.util.regex.Matcher m = SHIRT_NUMBER.matcher(question.toLowerCase(java.util.Locale.ROOT));
        if (!m.find()) {
            return NONE;
        }
        return String.valueOf(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
    }

    private static final java.util.regex.Pattern HOSTING = java.util.regex.Pattern.compile("\\b(host|hosts|hosted|hosting)\\b");

    private static Map.Entry<java.util.regex.Pattern, String> relation(String words, String token) {
        return Map.entry(java.util.regex.Pattern.compile("\\b(" + words + ")\\b"), token);
    }

    /** A score said ("won 6-0"): single digits, so that a season ("23-24") is none. */
    private static final java.util.regex.Pattern SCORELINE_SAID = java.util.regex.Pattern.compile("(?<![\\d/.-])\\d\\s*[-–]\\s*\\d(?![\\d/.-])");

    /** What a "how many" question counts ("how many stadiums"), with the Cypher a template must read to count it. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("\\b(?:how many|number of) (\\w+(?: \\w+)?)");
    private static final List<Map.Entry<java.util.regex.Pattern, String>> COUNTS = List.of(
            relation("home wins?", "homeScore > m.awayScore"),
            relation("away wins?|home goals|away goals", "\u0000"),
            relation("teams|nations|countries|sides|clubs", "countTeams|QUALIFIED_FOR|teamId: \\$team|t:Team"),
            relation("matches|games|fixtures", "Match"),
            relation("wins|victories", "win"),
            relation("players|scorers|goalscorers|different players", "Player|Booking"));

    /** Templates that pick a goal by its order ("the first goal", "opened the scoring"). */
    private static final java.util.regex.Pattern FIRST_GOAL = java.util.regex.Pattern.compile("first goal|opening goal|opened the scoring|opener");
    private static final Map<String, java.util.regex.Pattern> ORDERED = Map.of(
            "first_scorer_in_match", FIRST_GOAL,
            "first_scorer_in_tournament", FIRST_GOAL,
            "winning_goal_scorer", java.util.regex.Pattern.compile("winning goal|winner in|decisive goal"),
            "team_first_appearance", java.util.regex.Pattern.compile("first (world cup|tournament|edition)"));

    /**
     * "first won", "last hosted", "the last time Italy won": one year picked from a list of years by its order. Read on the
     * folded, rewritten question ("lifted the trophy" is "won the World Cup" there).
     */
    private static final java.util.regex.Pattern YEAR_ORDER = java.util.regex.Pattern.compile(
            "\\b(first|last|most recent(?:ly)?|latest|earliest)\\s+(?:time\\s+)?(?:\\w+\\s+){0,2}?"
                    + "(win|won|wins|host|hosted|hosting|title|titles|triumph\\w*|victory)\\b");
    /** Templates whose answer is a list of years, from which an order ("first", "last") picks one. */
    private static final java.util.Set<String> YEAR_LISTS = java.util.Set.of("team_title_years", "team_hosted_years",
            "player_tournament_years", "player_award_years");

    /** "first" or "last" when the question picks one year of a list by its order, else null. */
    static String yearOrder(QuestionFrame frame) {
        java.util.regex.Matcher m = YEAR_ORDER.matcher(frame.rewritten());
        return !m.find() ? null : m.group(1).matches("first|earliest") ? "first" : "last";
    }

    /**
     * Why {@code template} cannot answer every part of the question as read, before it runs, or null when it can: the kind
     * of answer, each name, the stage, the relation, the side of a match, an order or a ranking. Said as what is missing.
     */
    private static String unmet(QuestionFrame frame, Template template) {
        String name = template.name().replace('_', ' ');
        AnswerKind produced = AnswerKind.produced(template.name());
        if (!frame.asks().accepts(produced)) {
            return "the best-fitting question (" + name + ") gives " + produced.said() + ", not " + frame.asks().said();
        }
        List<String> unused = frame.unusedNames(template.slots());
        if (!unused.isEmpty()) {
            return "the best-fitting question (" + name + ") cannot take into account " + String.join(", ", unused);
        }
        if (frame.side() != null && template.slots().contains(Slot.MATCH) && template.cypher().contains(":IN_MATCH")
                && !template.cypher().contains("$side")) {
            return "the best-fitting question (" + name + ") cannot be restricted to one team's side";
        }
        if (template.cypher().contains("$stage") && !template.cypher().contains("$stage = ''") && !template.slots().contains(Slot.MATCH)
                && frame.stage() == null) {
            return "the best-fitting question (" + name + ") is about a stage, and the question names none";
        }
        if (template.name().equals("match_opponent") && frame.teams().size() >= 2) {
            // "Who won when South Korea played Italy?": with both teams named, the opponent is no answer, only an echo.
            return "the best-fitting question (" + name + ") asks for the opponent, and the question names both teams";
        }
        if (template.name().startsWith("league_") && template.slots().equals(java.util.Set.of(Slot.TOURNAMENT))
                && frame.competition() == null && frame.season() == null) {
            return "the best-fitting question (" + name + ") is about a league season, and the question names none";
        }
        String folded = frame.rewritten();
        if (WORLD_CUP_FINALS.matcher(folded).find() && !FINAL_EQUIVALENT.contains(template.name()) && !finalsAreTournament(frame, template)) {
            // "the 1998 World Cup finals" is the tournament to many and its final match to others; only answers alike either way stand.
            return "'World Cup finals' may mean the whole tournament or its final match, and the best-fitting question (" + name
                    + ") answers differently for each (say 'the final' or 'the tournament')";
        }
        java.util.regex.Pattern required = REQUIRES.get(template.name());
        if (required != null && !required.matcher(folded).find()) {
            return "the best-fitting question (" + name + ") asks about something the question does not name";
        }
        String cypher = template.cypher() + template.precondition();
        boolean teamHosted = frame.home() != null && template.slots().contains(Slot.MATCH);
        if (HOSTING.matcher(folded).find() && !cypher.contains("HOSTED") && !teamHosted && !template.slots().contains(Slot.PLACE)
                && !java.util.EnumSet.of(AnswerKind.VENUE, AnswerKind.CITY, AnswerKind.PLACE).contains(frame.asks())) {
            // A country hosting a tournament; a stadium or city "hosting" a match asks for the venue.
            return "the best-fitting question (" + name + ") does not read who hosted";
        }
        for (Map.Entry<java.util.regex.Pattern, String> r : RELATIONS) {
            if ((r.getValue().equals("draw") || r.getValue().equals("homeScore = 0")) && template.slots().contains(Slot.MATCH)) {
                // A draw said of the match asked about is a premise the match found must meet (see drawn()), not a relation to read.
                continue;
            }
            java.util.regex.Matcher m = r.getKey().matcher(folded);
            if (m.find() && java.util.Arrays.stream(r.getValue().split("\\|")).noneMatch(cypher::contains)
                    && !(r.getValue().equals("Booking") && cypher.contains("$card"))) {
                return "the best-fitting question (" + name + ") does not read '" + m.group(1) + "'";
            }
        }
        java.util.regex.Matcher scoreline = SCORELINE_SAID.matcher(frame.question());
        if (scoreline.find() && !template.slots().contains(Slot.MATCH) && !template.cypher().contains("homeScore")) {
            return "the best-fitting question (" + name + ") does not read the score '" + scoreline.group() + "'";
        }
        java.util.regex.Matcher counted = COUNTED.matcher(folded);
        if (counted.find()) {
            for (Map.Entry<java.util.regex.Pattern, String> c : COUNTS) {
                java.util.regex.Matcher m = c.getKey().matcher(counted.group(1));
                if (m.lookingAt() && java.util.Arrays.stream(c.getValue().split("\\|")).noneMatch(cypher::contains)) {
                    return "the best-fitting question (" + name + ") does not count " + m.group(1);
                }
            }
        }
        if (!shirtNumber(frame.question()).isEmpty() && !cypher.contains("$number") && !cypher.contains("shirtNumber")
                && !cypher.contains("jerseyNumber")) {
            return "the best-fitting question (" + name + ") cannot take the shirt number into account";
        }
        if (frame.opening() && !template.slots().contains(Slot.MATCH) && !template.name().equals("tournament_start_date")) {
            return "the best-fitting question (" + name + ") cannot be restricted to the opening match";
        }
        String yearOrder = yearOrder(frame);
        if (yearOrder != null && !YEAR_LISTS.contains(template.name())) {
            return "the best-fitting question (" + name + ") cannot pick the " + yearOrder + " of several years";
        }
        if (yearOrder != null) {
            return frame.superlative() != null ? "the best-fitting question (" + name + ") is not a ranking ('" + frame.superlative() + "')" : null;
        }
        // "the first ever World Cup in 1930": an order among tournaments adds nothing to a year named.
        boolean tournamentOrder = frame.ordinal() != null && !frame.years().isEmpty() && !frame.ordinal().matches(".*(goal|open|equali|winner).*");
        if (frame.ordinal() != null && !tournamentOrder && !(ORDERED.containsKey(template.name()) && ORDERED.get(template.name()).matcher(frame.ordinal()).matches())) {
            return "the best-fitting question (" + name + ") cannot pick a goal by its order ('" + frame.ordinal() + "')";
        }
        if (frame.superlative() == null && RANKINGS.contains(template.name()) && !template.name().startsWith("league_")
                && !template.name().equals("group_bottom")) {
            // A stage or a year narrows a ranking; without "most", "top" or "biggest" the question asks for none.
            return "the best-fitting question (" + name + ") is a ranking, and the question asks for none";
        }
        if (frame.superlative() != null && !RANKINGS.contains(template.name())) {
            return "the best-fitting question (" + name + ") is not a ranking ('" + frame.superlative() + "')";
        }
        if (frame.superlative() != null && FEWEST.matcher(frame.superlative()).matches() && !RANKS_UPWARD.contains(template.name())) {
            // "Which team conceded the fewest goals?" must not get the team that conceded the most.
            return "the best-fitting question (" + name + ") ranks by the most, and the question asks for the '" + frame.superlative() + "'";
        }
        return null;
    }

    /** Upper bound on templates tried for one question, and how much less similar than the best one may be. */
    static final int MAX_PLANS = 4;
    static final double REPLAN_MARGIN = 0.15;

    /** One template tried: its result, and whether that result stands whatever the next templates would give. */
    private record Attempt(Result result, boolean decisive) {}

    private Attempt attempt(String question, QuestionFrame frame, TemplateLibrary.Choice choice, long t0, long t1, long t2) {
        Template template = choice.template();
        // Every constraint read is honoured or the question is declined: a stage the template cannot restrict to is not dropped.
        if (frame.stage() != null && !template.slots().contains(Slot.MATCH) && !template.cypher().contains("$stage")
                && !(frame.stage().equals("final") && FINAL_EQUIVALENT.contains(template.name()))
                && !(frame.stage().equals("group stage") && template.name().matches("group_.*|team_group"))
                && !finalsAreTournament(frame, template)) {
            return new Attempt(refuse("Cannot answer: understood the stage '" + frame.stage() + "', but the best-fitting question ("
                    + template.name().replace('_', ' ') + ") cannot be restricted to it.", template.name(), timings(t0, t1, t2, t2)), false);
        }
        String contradicted = contradictedTitle(frame);
        if (contradicted != null) {
            return new Attempt(refuse("Cannot answer: " + contradicted + ".", template.name(), timings(t0, t1, t2, t2)), true);
        }
        String dropped = droppedRelation(frame, template);
        if (dropped != null) {
            return new Attempt(refuse("Cannot answer: understood " + dropped + ", which the best-fitting question ("
                    + template.name().replace('_', ' ') + ") does not take into account.", template.name(), timings(t0, t1, t2, t2)), false);
        }
        Map<String, Object> params = parameters(frame);
        String uncovered = uncovered(frame, template, params);
        if (uncovered != null) {
            return new Attempt(refuse("Cannot answer: understood " + frame.understood() + "; " + uncovered + ".", template.name(),
                    timings(t0, t1, t2, System.nanoTime()), true), true);
        }
        if (template.slots().contains(Slot.MATCH)) {
            String find = frame.tournamentId() != null ? MatchTemplates.FIND
                    : frame.season() != null ? MatchTemplates.FIND_IN_SEASON
                    : frame.teams().size() == 1 && frame.players().size() == 1 ? MatchTemplates.FIND_PLAYED : MatchTemplates.FIND_ANY;
            List<Record> found = store.read(tx -> tx.run(find, params).list());
            boolean ofTheYear = found.isEmpty() && find.equals(MatchTemplates.FIND) && yearOnly(frame);
            if (ofTheYear) {
                // "Barcelona v Girona 2018": a year alone names that year's World Cup only when its match is there; else the
                // match of that calendar year in any competition.
                found = store.read(tx -> tx.run(MatchTemplates.FIND_IN_YEAR, params).list());
            }
            List<Record> candidates = found;
            List<String> scored = byScoreline(frame, opening(frame, atHome(frame.home(), found)).stream().map(r -> r.get("matchId").asString()).toList());
            List<String> level = drawn(frame, template, scored);
            Mention winner = premiseWinner(frame);
            boolean shotOut = shootoutPremise(frame, template);
            List<String> matches = winner == null && !shotOut ? level : wonBy(winner, shotOut, level);
            if (matches.size() != 1) {
                String why = matches.isEmpty() ? "no match fits the teams, year and stage named"
                        + (winner != null && !level.isEmpty() ? " that " + winner.candidates().getFirst().name() + " won"
                                + (shotOut ? " on penalties" : "") + ", as the question says"
                        : shotOut && !level.isEmpty() ? " that went to a penalty shoot-out, as the question says"
                        : !scored.isEmpty() ? " that ended level, as 'drew' says"
                        : candidates.isEmpty() ? "" : " with " + frame.home().team().candidates().getFirst().name() + " at home")
                        : "the question is ambiguous: " + matches.size() + " matches fit the teams, year and stage named"
                        + (find.equals(MatchTemplates.FIND_ANY) ? "; name the year or season" : "")
                        + (twoLegs(frame, matches, found) ? " (" + legs(matches) + "); say which team was at home" : "");
                // Which match is meant does not depend on the template: no other template finds it either. But several matches of
                // a stage and no team named ("Which teams played in the 2010 semi-finals?") may be a question about the stage.
                // One team named is many matches of a tournament: the question may be about the team's tournament, not one match.
                boolean decisive = matches.isEmpty() || frame.teams().size() >= 2;
                return new Attempt(refuse("Cannot answer: " + why + ".", template.name(), timings(t0, t1, t2, System.nanoTime())), decisive);
            }
            params.put("match", matches.getFirst());
            if (ofTheYear) {
                // The tournament is the match's: the year found a match of another competition, not the World Cup's.
                store.read(tx -> tx.run(MatchTemplates.TOURNAMENT_OF, params).list()).stream().findFirst()
                        .ifPresent(r -> params.put("tournament", r.get("id").asString()));
            }
        }
        String shootouts = shootoutsInScope(frame, template, params);
        if (shootouts != null) {
            // The question's reading is in doubt, not this template: another template would answer another question.
            return new Attempt(refuse("Cannot answer: understood " + frame.understood() + "; " + shootouts + ".", template.name(),
                    timings(t0, t1, t2, System.nanoTime())), true);
        }
        if (!template.precondition().isEmpty()
                && !store.read(tx -> tx.run(template.precondition(), params).single().get("ok").asBoolean())) {
            return new Attempt(refuse("Cannot answer: " + template.preconditionFailure() + ".", template.name(),
                    timings(t0, t1, t2, System.nanoTime()), true), true);
        }
        List<Record> records = ofOrder(yearOrder(frame), store.read(tx -> tx.run(template.cypher(), params).list()));
        long t3 = System.nanoTime();
        String mismatch = answerTypeMismatch(question, frame.stage() != null || frame.teams().size() >= 2, records);
        String echoed = echoedSubject(frame, records);
        if (echoed != null) {
            return new Attempt(refuse("Cannot answer: the question asks whom " + echoed + " met, and the best-fitting question ("
                    + template.name().replace('_', ' ') + ") answers " + echoed + " itself.", template.name(), timings(t0, t1, t2, t3)), false);
        }
        if (mismatch == null && MATCHDAY.matcher(Names.fold(frame.question())).find()
                && !MATCHDAY_NUMBER.matcher(Names.fold(frame.question())).find() && records.stream().anyMatch(r -> !r.get("value").isNull()
                && !MATCHDAY.matcher(Names.fold(String.valueOf(r.get("value").asObject()))).find())) {
            // "Which matchday ...?" is answered by a matchday ("matchday 19"), never by the stage a source names instead ("group stage").
            mismatch = "a matchday, and the data names that match's stage only (" + records.getFirst().get("value").asObject() + ")";
        }
        if (mismatch != null) {
            return new Attempt(refuse("Cannot answer: the question asks for " + mismatch + "; the best-fitting question ("
                    + template.name().replace('_', ' ') + ") does not give that.", template.name(), timings(t0, t1, t2, t3)), false);
        }
        String onlyWomen = onlyTheWomensReading(frame, template, params, records);
        if (onlyWomen != null) {
            return new Attempt(refuse("Cannot answer: understood " + frame.understood() + "; " + onlyWomen + ".", template.name(),
                    timings(t0, t1, t2, System.nanoTime())), true);
        }
        return new Attempt(compose(template, choice.similarity(), records, timings(t0, t1, t2, t3)), false);
    }

    /** A scoreline the question gives as a description of the match ("when Germany thrashed Brazil 7-1", "the 2-2 at Barcelona"). */
    private static final java.util.regex.Pattern SCORELINE = java.util.regex.Pattern.compile("(?<![\\d/])\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b(?![\\d/])");
    private static final String SCORES = """
            MATCH (m:Match) WHERE m.matchId IN $ids AND m.homeScore IS NOT NULL
            RETURN m.matchId AS id, m.homeScore AS home, m.awayScore AS away
            """;

    /**
     * Of several matches found, those whose score is the scoreline the question gives (either side first), a premise the match
     * must meet; all of them when the question gives none or none has that score (the premise is then left to decline).
     */
    private List<String> byScoreline(QuestionFrame frame, List<String> matches) {
        java.util.regex.Matcher m = SCORELINE.matcher(frame.question());
        if (matches.size() < 2 || !m.find()) {
            return matches;
        }
        List<Integer> said = java.util.stream.Stream.of(m.group(1), m.group(2)).map(Integer::valueOf).sorted().toList();
        List<String> fit = store.read(tx -> tx.run(SCORES, Map.of("ids", matches)).list()).stream()
                .filter(r -> java.util.stream.Stream.of(r.get("home").asInt(), r.get("away").asInt()).sorted().toList().equals(said))
                .map(r -> r.get("id").asString()).toList();
        return fit.isEmpty() ? matches : fit;
    }

    /** The matches of {@code ids} that ended level after play. */
    static final String LEVEL = """
            MATCH (m:Match) WHERE m.matchId IN $ids AND m.homeScore IS NOT NULL AND m.homeScore = m.awayScore
            RETURN m.matchId AS id
            """;
    /** A league's round as questions name it. */
    private static final java.util.regex.Pattern MATCHDAY = java.util.regex.Pattern.compile("\\b(matchday|match day|gameweek|game week)\\b");
    /** A year said without a competition, a season, a stage or the words "World Cup": read as that year's World Cup by default. */
    private static final java.util.regex.Pattern WORLD_CUP_SAID = java.util.regex.Pattern.compile("\\b(world cups?|wc|fifa|mundial)\\b");

    private static boolean yearOnly(QuestionFrame frame) {
        return frame.years().size() == 1 && frame.competition() == null && frame.season() == null && frame.stage() == null
                && !WORLD_CUP_SAID.matcher(frame.rewritten()).find();
    }

    /**
     * "when they drew at Barcelona": a draw said of a match that a match template answers about is a premise the match must
     * meet, not what is asked: of the matches found, those that ended level (none when none did, so that the question declines).
     */
    private List<String> drawn(QuestionFrame frame, Template template, List<String> matches) {
        if (!frame.outcome().equals("drew") || matches.isEmpty() || template.cypher().toLowerCase(java.util.Locale.ROOT).contains("draw")) {
            return matches;
        }
        return store.read(tx -> tx.run(LEVEL, Map.of("ids", matches)).list()).stream().map(r -> r.get("id").asString()).toList();
    }

    /** A title said won right after a team ("The Netherlands won the 2010 final", "Spain lifted the 2010 World Cup"), folded. */
    private static final java.util.regex.Pattern TITLE_WON = java.util.regex.Pattern.compile(
            "(?:had |have |has )?(?:won|lifted|took) the (?:\\d{4} )?(?:(?:men s|women s|fifa) )?(?:world cup(?: final)?|final|title|trophy)\\b");

    /** Whether the sentence of {@code question} holding {@code m} is a belief or a tag question, so no premise of the question. */
    static boolean hedged(String question, Mention m) {
        return Sentence.around(question, m.start(), m.end()).hedges(question, m.start());
    }

    /**
     * The title a team is said to have won that the data gives to another ("The Netherlands won the 2010 final — who scored
     * their winner?"), said as a decline, or null: a false premise is no constraint to drop.
     */
    private String contradictedTitle(QuestionFrame frame) {
        if (frame.tournamentId() == null || frame.competition() != null) {
            return null;
        }
        for (Mention m : frame.teams()) {
            if (m.ambiguous() || !TITLE_WON.matcher(Names.fold(frame.question().substring(m.end()))).lookingAt() || hedged(frame.question(), m)) {
                continue;
            }
            Map<String, Object> params = Map.of("team", m.candidates().getFirst().id(), "tournament", frame.tournamentId());
            if (!store.read(tx -> tx.run(TeamTemplates.TEAM_WON_TOURNAMENT, params).single().get("ok").asBoolean())) {
                return "the question says " + m.candidates().getFirst().name() + " won the "
                        + (frame.years().isEmpty() ? "" : frame.years().iterator().next() + " ") + "title, and the data says they did not";
            }
        }
        return null;
    }

    /** "Brazil beat Germany", "Germany lost to South Korea": the verb between the two teams, which gives the winner. */
    private static final java.util.regex.Pattern FIRST_WON = java.util.regex.Pattern.compile("^\\s*(?:(?:had|have|has|did|to) )?"
            + "(?:beat|beats|beating|defeated|defeat|overcame|overcome|thrashed|thrash|hammered|hammer|routed|rout|demolished|demolish"
            + "|crushed|crush|trounced|trounce|humiliated|humiliate|walloped|wallop|battered|batter|edged|edged out|knocked out"
            + "|eliminated|eliminate|won against|win against|got past|get past|dumped out|saw off|outplayed)\\s+(?:the\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SECOND_WON = java.util.regex.Pattern.compile("^\\s*(?:(?:had|have|has|did|to) )?"
            + "(?:lost|lose|loses|losing|fell|went down)\\s+(?:to|against)\\s+(?:the\\s+)?$"
            + "|^\\s*(?:were|was|got|get)\\s+(?:beaten|defeated|knocked out|eliminated|thrashed|hammered|routed|edged out|dumped out)\\s+by\\s+(?:the\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The team the question says won the match it names, by a verb between the two teams ("When did Brazil beat Germany?",
     * "In what stage did Germany lose against South Korea?"): a premise the match found must meet. Null when there is none.
     */
    static Mention premiseWinner(QuestionFrame frame) {
        if (frame.teams().size() != 2) {
            return null;
        }
        Mention a = frame.teams().get(0).start() < frame.teams().get(1).start() ? frame.teams().get(0) : frame.teams().get(1);
        Mention b = a == frame.teams().get(0) ? frame.teams().get(1) : frame.teams().get(0);
        if (a.end() > b.start()) {
            return null;
        }
        String between = frame.question().substring(a.end(), b.start());
        return FIRST_WON.matcher(between).find() ? a : SECOND_WON.matcher(between).find() ? b : null;
    }

    private static final String WON_BY = """
            MATCH (h:Team)<-[:HOME_TEAM]-(m:Match)-[:AWAY_TEAM]->(a:Team) WHERE m.matchId IN $ids AND (NOT $shootout OR m.penaltyShootout = true)
            WITH m, CASE WHEN m.homeScore > m.awayScore THEN h.teamId WHEN m.homeScore < m.awayScore THEN a.teamId
                         ELSE [(m)-[:WINNER]->(w:Team) | w.teamId][0] END AS winner
            WHERE $team = '' OR winner = $team
            RETURN m.matchId AS id
            """;
    /** A match said to have been settled by a shoot-out: "Where did Italy beat France on penalties?". */
    private static final java.util.regex.Pattern ON_PENALTIES = java.util.regex.Pattern.compile(
            "\\b(on|via|after|through) (penalties|a penalty shoot ?out|a shoot ?out|spot kicks)\\b|\\bin a (penalty )?shoot ?out\\b");

    /** Whether the question says its match went to a shoot-out and the template (a venue, a date, a score) does not read one. */
    private static boolean shootoutPremise(QuestionFrame frame, Template template) {
        String cypher = template.cypher().toLowerCase(java.util.Locale.ROOT);
        return template.slots().contains(Slot.MATCH) && ON_PENALTIES.matcher(frame.rewritten()).find() && !cypher.contains("penalt")
                && !cypher.contains("shootout");
    }

    /**
     * Of {@code matches}, those {@code winner} won by the score, or by the shoot-out the data records as the match's winner (any
     * winner when null) and,
     * when {@code shootout}, that went to a shoot-out.
     */
    private List<String> wonBy(Mention winner, boolean shootout, List<String> matches) {
        if (matches.isEmpty()) {
            return matches;
        }
        Map<String, Object> params = Map.of("ids", matches, "team", winner == null ? "" : winner.candidates().getFirst().id(), "shootout", shootout);
        java.util.Set<String> won = store.read(tx -> tx.run(WON_BY, params).list())
                .stream().map(r -> r.get("id").asString()).collect(java.util.stream.Collectors.toSet());
        return matches.stream().filter(won::contains).toList();
    }

    /** The two meetings of a pair in one league season (home and away), which the question has not told apart by a home team. */
    private static boolean twoLegs(QuestionFrame frame, List<String> matches, List<Record> found) {
        return frame.teams().size() == 2 && matches.size() == 2 && found.size() == 2 && found.stream().noneMatch(r -> r.get("season").isNull())
                && !found.get(0).get("home").asString("").equals(found.get(1).get("home").asString(""));
    }

    /** Matches said as "Home 2–1 Away on 2023-10-08", in date order, for a reading or a decline that names them. */
    private String legs(List<String> matchIds) {
        return String.join(" and ", store.read(tx -> tx.run(LEGS, Map.of("ids", matchIds)).list()).stream()
                .map(r -> r.get("leg").asString()).toList());
    }

    private static final String LEGS = """
            MATCH (h:Team)<-[:HOME_TEAM]-(m:Match)-[:AWAY_TEAM]->(a:Team) WHERE m.matchId IN $ids
            RETURN h.name + ' ' + coalesce(toString(m.homeScore), '?') + '–' + coalesce(toString(m.awayScore), '?') + ' ' + a.name
                   + ' on ' + coalesce(toString(m.date), 'an unknown date') AS leg
            ORDER BY m.date
            """;


    /** The row of the first or last year when {@code order} is "first" or "last" (a year list's rows), else all rows. */
    private static List<Record> ofOrder(String order, List<Record> records) {
        if (order == null || records.isEmpty()) {
            return records;
        }
        java.util.Comparator<Record> byYear = java.util.Comparator.comparingInt(r -> Integer.parseInt(String.valueOf(r.get("value").asObject())));
        return List.of(order.equals("first") ? java.util.Collections.min(records, byYear) : java.util.Collections.max(records, byYear));
    }

    /** A question that says which World Cup it means: men's or women's (read on the folded question). */
    private static final java.util.regex.Pattern GENDER_SAID = java.util.regex.Pattern.compile(
            "\\b(men|mens|male|women|womens|woman|ladies|female)\\b");

    /**
     * Why the men's default cannot stand, or null. "World Cup" without a gender, a year or a season is read as the men's
     * (the gold set's reading: "How many World Cups has Germany won?" is 1); but when the men's reading finds nothing (no
     * row, or only 0) and the women's finds something ("How many World Cups have the United States won?": 0 and 4), the
     * asker most likely meant the women's, so answering 0 would be a confident wrong answer: the question is declined.
     */
    private String onlyTheWomensReading(QuestionFrame frame, Template template, Map<String, Object> params, List<Record> records) {
        if (!template.cypher().contains("$gender") || frame.tournamentId() != null || frame.season() != null || frame.competition() != null
                || !frame.years().isEmpty() || GENDER_SAID.matcher(Names.fold(frame.question())).find() || !nothing(records)) {
            return null;
        }
        Map<String, Object> women = new HashMap<>(params);
        women.put("gender", "women");
        List<Record> other = store.read(tx -> tx.run(template.cypher(), women).list());
        if (nothing(other)) {
            return null;
        }
        return "the men's World Cups give " + (records.isEmpty() ? "nothing" : "0") + " and the women's give "
                + String.join(", ", other.stream().map(r -> String.valueOf(r.get("value").asObject())).distinct().toList())
                + "; say men's or women's";
    }

    /** Whether rows answer nothing: none, or only nulls and zeros. */
    private static boolean nothing(List<Record> records) {
        return records.stream().map(r -> r.get("value")).allMatch(v -> v.isNull() || String.valueOf(v.asObject()).matches("0(\\.0+)?"));
    }

    /**
     * The matches found, narrowed by the home team the question names when it says so in words ("hosted", "at home",
     * "played at"), a premise the match must meet. "A vs B" and "A against B" say nothing about home: many write the home
     * team first, many do not, so a league season's two meetings of the pair stay two and the question is declined.
     */
    private static List<Record> atHome(QuestionFrame.Home home, List<Record> found) {
        if (home == null || found.isEmpty()) {
            return found;
        }
        String team = home.team().candidates().getFirst().id();
        return found.stream().filter(r -> team.equals(r.get("home").asString(null))).toList();
    }

    /**
     * The earliest of the matches found when the question asks for the opening (first) match, else all of them: the matches of
     * the first date, narrowed by kick-off time when every one of them has a time. Two that kicked off together stay two (the
     * 1930 World Cup's first two matches), and the question is declined as ambiguous.
     */
    private static List<Record> opening(QuestionFrame frame, List<Record> found) {
        if (!frame.opening() || found.size() < 2) {
            return found;
        }
        String first = found.stream().map(r -> r.get("date").asString("")).min(String::compareTo).orElse("");
        List<Record> earliest = found.stream().filter(r -> r.get("date").asString("").equals(first)).toList();
        if (first.isEmpty() || earliest.size() < 2 || earliest.stream().anyMatch(r -> r.get("time").isNull())) {
            return first.isEmpty() ? found : earliest;
        }
        String time = earliest.stream().map(r -> r.get("time").asString()).min(String::compareTo).orElseThrow();
        return earliest.stream().filter(r -> r.get("time").asString().equals(time)).toList();
    }

    private static final java.util.regex.Pattern SCORE_VALUE = java.util.regex.Pattern.compile("\\d+\\s*[–-]\\s*\\d+");
    private static final java.util.regex.Pattern NUMBER_VALUE = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern HALF_TIME_SAID = java.util.regex.Pattern.compile("\\b(" + HALF_TIME + ")\\b");
    private static final java.util.regex.Pattern REVERSE_REPLACEMENT = java.util.regex.Pattern.compile(
            "\\b(did|does) \\w+( \\w+)? (replace|come on for)\\b|\\bwho(m)? was \\w+( \\w+)? (brought on|sent on) for\\b");
    private static final java.util.regex.Pattern HAT_TRICK = java.util.regex.Pattern.compile("\\bhat ?tricks?\\b|\\bthree goals\\b");
    private static final java.util.regex.Pattern OWN_GOAL = java.util.regex.Pattern.compile("\\bown goals?\\b|\\bown net\\b");
    private static final java.util.regex.Pattern OWN_GOALS_LEFT_OUT = java.util.regex.Pattern.compile("\\b(" + OWN_GOALS_EXCLUDED + ")\\b");
    private static final java.util.regex.Pattern PENALTIES = java.util.regex.Pattern.compile("\\b(shoot ?outs?|penalt\\w*|spot kicks?)\\b");
    private static final java.util.regex.Pattern GOING_OFF_SAID = java.util.regex.Pattern.compile("\\b(" + GOING_OFF + ")\\b");
    private static final java.util.regex.Pattern SUBSTITUTION = java.util.regex.Pattern.compile(
            "\\b(substitut\\w*|subbed|subs?|came on|brought on|bring on|bringing on|sent on|send on|off the bench|replaced)\\b");

    /** Templates that give the teams that played a match or a stage, not who won or lost it. */
    private static final java.util.Set<String> PLAYED_NOT_WON = java.util.Set.of("final_teams", "stage_teams");

    /**
     * A relation the question names that the template ignores, said as understood ("a loss", "penalties"), else null:
     * a loser asked of a template that gives winners, a shoot-out or penalty asked of one that reads no penalty, a
     * substitution template for a question that names none, a substitution asked of a template that reads none.
     */
    private static String droppedRelation(QuestionFrame frame, Template template) {
        String q = frame.rewritten();
        String cypher = template.cypher().toLowerCase(java.util.Locale.ROOT);
        if (frame.outcome().equals("lost") && !template.cypher().contains("$outcome") && !template.name().equals("runner_up")
                && !(template.slots().contains(Slot.MATCH) && premiseWinner(frame) != null)) {
            return "a loss";
        }
        if (frame.outcome().equals("drew") && !template.cypher().contains("$outcome") && !cypher.contains("draw")
                && !template.slots().contains(Slot.MATCH)) {
            return "a draw";
        }
        if (HALF_TIME_SAID.matcher(q).find() && !template.name().equals("half_time_score") && !template.cypher().contains("$atHalfTime")) {
            return "the half-time score";
        }
        boolean countingInstruction = SHOOTOUTS_COUNTED.matcher(q).find() && readsResults(template);
        if (PENALTIES.matcher(q).find() && !cypher.contains("penalt") && !cypher.contains("shootout") && !countingInstruction
                && !shootoutPremise(frame, template)) {
            return "penalties or a shoot-out";
        }
        if (template.name().equals("replacement_in_match") && REVERSE_REPLACEMENT.matcher(q).find()) {
            return "whom the player replaced (this reads who replaced him)";
        }
        if (template.name().equals("substitutes_in_match") && !SUBSTITUTION.matcher(q).find()) {
            return "no substitution";
        }
        if (GOING_OFF_SAID.matcher(q).find() && template.cypher().contains("Substitution") && !template.cypher().contains("goingOff: true")) {
            return "a player going off (this reads who came on)";
        }
        if (SUBSTITUTION.matcher(q).find() && !cypher.contains("substitution")) {
            // "Who subbed on for Germany in the 2014 final?" once gave the final's scorer.
            return "a substitution";
        }
        if (HAT_TRICK.matcher(q).find() && !cypher.contains(">= 3")) {
            return "a hat-trick";
        }
        if (OWN_GOAL.matcher(OWN_GOALS_LEFT_OUT.matcher(q).replaceAll(" ")).find() && !cypher.contains("owngoal: true")) {
            return "an own goal";
        }
        if ((frame.outcome().equals("won") || frame.outcome().equals("lost")) && PLAYED_NOT_WON.contains(template.name())) {
            return "a " + (frame.outcome().equals("won") ? "win (who won" : "loss (who lost") + ", not who played)";
        }
        return null;
    }

    /** "Who did Italy beat ...": the team between "did" and the verb is the subject; the answer is the other side. */
    private static final java.util.regex.Pattern DID_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s*(?:who|whom|which (?:team|country|nation|side|club))\\s+did\\s+(.+?)\\s+(?:beat|play|face|meet|lose to|defeat|knock out"
                    + "|eliminate|draw with|draw against|overcome|edge)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The name of the team a "who did Team beat" question names as its subject when the rows answer with that team, else null:
     * the question asks for the other side ("Who did Italy beat on penalties in the 2006 final?" is never "Italy").
     */
    private static String echoedSubject(QuestionFrame frame, List<Record> records) {
        java.util.regex.Matcher m = DID_SUBJECT.matcher(frame.question());
        if (!m.find()) {
            return null;
        }
        for (EntityLinker.Mention t : frame.teams()) {
            String name = t.candidates().getFirst().name();
            boolean subject = t.start() >= m.start(1) && t.end() <= m.end(1);
            if (subject && records.stream().anyMatch(r -> !r.get("value").isNull() && name.equals(String.valueOf(r.get("value").asObject())))) {
                return name;
            }
        }
        return null;
    }

    /**
     * What the question asks for ("a team", "a person") when the rows answer with the other kind, else null: a value's
     * kind is the label of its evidence node of the same name.
     */
    private static String answerTypeMismatch(String question, boolean aMatch, List<Record> records) {
        String q = Lexicon.canonical(question).strip();
        String asked = ASKS_TEAM.matcher(q).find() ? "Team" : ASKS_PERSON.matcher(q).find() ? "Player" : null;
        Optional<Cue> cue = Cue.of(q);
        if (asked == null && cue.isPresent() && !records.isEmpty()) {
            // The interrogative's kind: a score is "2–1", a number is digits, a place is no team or person.
            for (Record r : records) {
                Value v = r.get("value");
                if (v.isNull()) {
                    continue;
                }
                String value = String.valueOf(v.asObject());
                if (cue.get() == Cue.SCORE && !SCORE_VALUE.matcher(value).matches()) {
                    return "a score";
                }
                if (cue.get() == Cue.NUMBER && !NUMBER_VALUE.matcher(value).matches()) {
                    return "a number";
                }
                // A country is where a tournament was; a final or a match was at a stadium.
                if (cue.get() == Cue.PLACE && !r.get("evidence").isNull() && r.get("evidence").asList(Value::asNode).stream()
                        .anyMatch(n -> (n.hasLabel("Player") || n.hasLabel("Team") && aMatch) && value.equals(n.get("name").asString("")))) {
                    return "a place, not a team or person";
                }
            }
            return null;
        }
        if (asked == null) {
            return null;
        }
        for (Record r : records) {
            Value raw = r.get("value");
            if (!raw.isNull() && (NUMBER_VALUE.matcher(String.valueOf(raw.asObject())).matches()
                    || SCORE_VALUE.matcher(String.valueOf(raw.asObject())).matches())) {
                return asked.equals("Team") ? "a team, not a number" : "a person, not a number";
            }
        }
        for (Record r : records) {
            Value v = r.get("value");
            if (v.isNull() || r.get("evidence").isNull()) {
                continue;
            }
            for (Value n : r.get("evidence").values()) {
                var node = n.asNode();
                boolean same = node.containsKey("name") && node.get("name").asString("").equals(v.asObject().toString());
                boolean otherKind = asked.equals("Team") ? node.hasLabel("Player") : node.hasLabel("Team");
                if (same && otherKind) {
                    return asked.equals("Team") ? "a team, not a player" : "a person, not a team";
                }
            }
        }
        return null;
    }

    /** A refusal's reason; about a competition the graph does hold, what it holds and how to ask about it. */
    private String refusal(Template template, QuestionFrame frame) {
        if (template.name().equals(TemplateLibrary.OTHER_COMPETITIONS)) {
            String q = " " + Names.fold(frame.question()) + " ";
            for (var c : competitions.entrySet()) {
                if (q.contains(" " + c.getKey() + " ")) {
                    return "the graph holds " + c.getValue() + " matches of that competition, and this question asks for more than one"
                            + " match's record (ask about a match by its two teams: its score, scorers, cards, line-ups)";
                }
            }
        }
        return template.refusal();
    }

    private Map<String, Object> parameters(QuestionFrame f) {
        Map<String, Object> p = new HashMap<>();
        p.put("tournament", orNone(f.tournamentId()));
        p.put("season", orNone(f.season()));
        p.put("gender", f.gender());
        p.put("team", f.id(f.teams(), 0).orElse(NONE));
        p.put("opponent", f.id(f.teams(), 1).orElse(NONE));
        p.put("player", f.id(f.players(), 0).orElse(NONE));
        p.put("award", f.id(f.awards(), 0).orElse(NONE));
        p.put("person", f.id(f.people(), 0).orElse(NONE));
        p.put("city", f.places().stream().filter(m -> m.kind() == Kind.CITY).findFirst().map(m -> m.candidates().getFirst().id()).orElse(NONE));
        p.put("stadium", f.places().stream().filter(m -> m.kind() == Kind.STADIUM).findFirst().map(m -> m.candidates().getFirst().id())
                .orElse(NONE));
        p.put("stage", orNone(f.stage()));
        p.put("group", orNone(f.group()));
        p.put("card", f.card());
        p.put("outcome", f.outcome());
        p.put("match", NONE);
        p.put("side", f.side() == null ? NONE : f.side().candidates().getFirst().id());
        p.put("position", position(f.rewritten()));
        p.put("number", shirtNumber(f.question()));
        p.put("place", tablePlace(f.question()));
        p.put("bottom", bottomPlaces(f.rewritten()));
        p.put("year", f.years().size() == 1 ? String.valueOf(f.years().iterator().next()) : NONE);
        p.put("stageAs", IN_WHICH_ROUND.matcher(Names.fold(f.question())).find() ? "round" : NONE);
        // "Who replaced Dembélé at half-time?": the substitution's time, which only the substitution templates read.
        p.put("atHalfTime", HALF_TIME_SAID.matcher(f.rewritten()).find() ? "yes" : NONE);
        java.util.regex.Matcher date = MATCH_DATE.matcher(f.question());
        p.put("date", date.find() ? date.group(1) : NONE);
        java.util.regex.Matcher matchday = MATCHDAY_NUMBER.matcher(Names.fold(f.question()));
        p.put("matchday", matchday.find() ? "Matchday " + Integer.parseInt(matchday.group(1)) : NONE);
        return p;
    }

    /** A day named as the sources write it ("on 2023-12-23"): the match of that team on that day. */
    private static final java.util.regex.Pattern MATCH_DATE = java.util.regex.Pattern.compile("\\b((?:19|20)\\d{2}-\\d{2}-\\d{2})\\b");
    /** A league matchday named by its number ("matchday 1", "gameweek 38"), as the sources' round "Matchday 1". */
    private static final java.util.regex.Pattern MATCHDAY_NUMBER = java.util.regex.Pattern.compile(
            "\\b(?:matchday|match day|gameweek|game week|round) (\\d{1,2})\\b");

    /** "In which round did Brazil play Germany?": the round asked for by its name, not one match's stage (see {@code MatchTemplates.STAGE}). */
    private static final java.util.regex.Pattern IN_WHICH_ROUND = java.util.regex.Pattern.compile("\\bin (which|what) round\\b");

    /**
     * The position the question names: a finer line-up position as the end of StatsBomb's name, lower case ("center forward",
     * "left back"), else the squad position as the World Cup squads write it ("goal keeper"), or '' for none. Read on the
     * rewritten question ({@link QuestionFrame#rewritten}: "up front" is "as a forward").
     */
    static String position(String folded) {
        java.util.regex.Matcher fine = FINE_POSITION.matcher(folded);
        if (fine.find()) {
            return fine.group(1).replaceAll("\\bcent(?:re|ral)\\b", "center").replaceAll("\\bcent(?:re|er) ?backs?", "center back")
                    .replaceAll("\\bwing ?backs?", "wing back").replaceAll("\\bmidfield\\w*", "midfield").replaceAll("\\bwing(?:ers?|s)\\b", "wing")
                    .replaceAll("\\b(forward|back)s\\b", "$1");
        }
        java.util.regex.Matcher m = POSITION_WORDS.matcher(folded);
        if (!m.find()) {
            // "Who was in goal for Italy?": the goalkeeper, said without the word.
            return IN_GOAL.matcher(folded).find() ? "goal keeper" : NONE;
        }
        return POSITIONS.get(m.group(1).replaceAll("s$", ""));
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private Result compose(Template template, double similarity, List<Record> records, Map<String, Double> timings) {
        Map<String, Node> evidence = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Value v = r.get("value");
            if (v.isNull()) {
                continue;
            }
            String value = v.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING()) ? v.asString() : String.valueOf(v.asObject());
            List<String> ids = new ArrayList<>();
            for (Value n : r.get("evidence").values()) {
                var node = n.asNode();
                evidence.putIfAbsent(node.elementId(), toNode(node));
                ids.add(node.elementId());
            }
            if (!values.contains(value)) {
                values.add(value);
            }
            rows.add(Map.of("value", value, "evidence", ids));
        }
        if (values.isEmpty() && !template.noneIsAnswer()) {
            Answer a = new Answer("Cannot answer: the graph has no record for this question.", List.of(), Subgraph.EMPTY, template.cypher(),
                    0, timings);
            return new Result(false, List.of(), template.name(), rows, a, false);
        }
        List<Citation> citations = evidence.values().stream()
                .map(n -> new Citation(n.id(), n.label(), String.valueOf(n.properties().getOrDefault("name", n.properties().get("matchId")))))
                .toList();
        String text = (values.isEmpty() ? "None" : String.join(", ", values)) + " (" + template.name().replace('_', ' ') + "; "
                + citations.size() + " cited nodes).";
        Answer a = new Answer(text, citations, new Subgraph(List.copyOf(evidence.values()), List.of()), template.cypher(),
                Math.max(0, Math.min(1, similarity)), timings);
        return new Result(true, values, template.name(), rows, a, false);
    }

    private static Node toNode(org.neo4j.driver.types.Node n) {
        return Node.of(n);
    }

    private static Result refuse(String text, String template, Map<String, Double> timings) {
        return refuse(text, template, timings, false);
    }

    private static Result refuse(String text, String template, Map<String, Double> timings, boolean principled) {
        return refuse(text, template, "", timings, principled);
    }

    /** A decline that keeps the Cypher that ran (a yes/no question's asked question). */
    private static Result refuse(String text, String template, String cypher, Map<String, Double> timings, boolean principled) {
        return new Result(false, List.of(), template, List.of(), new Answer(text, List.of(), Subgraph.EMPTY, cypher, 0, timings), principled);
    }

    private static Map<String, Double> timings(long t0, long linked, long matched, long queried) {
        return Map.of("linking", (linked - t0) / 1e6, "matching", (matched - linked) / 1e6, "retrieval", (queried - matched) / 1e6);
    }
}
