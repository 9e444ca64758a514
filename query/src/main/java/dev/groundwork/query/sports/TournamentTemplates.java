package dev.groundwork.query.sports;

import java.util.List;
import java.util.Set;

import static dev.groundwork.query.sports.Slot.AWARD;
import static dev.groundwork.query.sports.Slot.TOURNAMENT;

/** Templates about one tournament, or all of a gender's tournaments. */
final class TournamentTemplates {
    private static final String STANDING = """
            MATCH (t:Team)-[:FINISHED {position: $position}]->(x:Tournament {tournamentId: $tournament})
            RETURN t.name AS value, [t, x] AS evidence
            """;
    /**
     * Third or fourth place, where a stage named ({@code $stage}) must be the third-place match and the team must have played
     * it: "Who won the third-place playoff in 1998?" is the third-placed team, and a tournament without that match has none
     * (first and second place take "the final" instead, see {@code SportsQuestionAnswering.FINAL_EQUIVALENT}).
     */
    private static final String STANDING_AFTER_THIRD_PLACE_MATCH = """
            MATCH (t:Team)-[:FINISHED {position: $position}]->(x:Tournament {tournamentId: $tournament})
            WHERE $stage = '' OR $stage = 'third-place match' AND EXISTS { (t)-[:PARTICIPATED_IN]->(:Match {stage: $stage})-[:IN_TOURNAMENT]->(x) }
            RETURN t.name AS value, [t, x] AS evidence
            """;
    static final String HOSTS = """
            MATCH (t:Team)-[:HOSTED]->(x:Tournament {tournamentId: $tournament})
            RETURN t.name AS value, [t, x] AS evidence
            """;
    static final String GOALS = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)
            WHERE %s
            RETURN sum(m.homeScore + m.awayScore) AS value, [x] AS evidence
            """.formatted(Names.AT_STAGE);
    static final String MATCHES = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)
            WHERE %s
            RETURN count(m) AS value, [x] AS evidence
            """.formatted(Names.AT_STAGE);
    // A World Cup records its number of teams; a league season has the teams that played its matches.
    static final String TEAMS = """
            MATCH (x:Tournament {tournamentId: $tournament})
            RETURN coalesce(x.countTeams, count { (t:Team) WHERE EXISTS { (t)-[:PARTICIPATED_IN]->(:Match)-[:IN_TOURNAMENT]->(x) } })
                   AS value, [x] AS evidence
            """;
    // Counts things of one tournament; the pattern is a constant of this class, starting at the tournament x.
    private static final String COUNT = """
            MATCH (x:Tournament {tournamentId: $tournament})
            CALL (x) { MATCH %s WHERE %s RETURN count(*) AS n }
            RETURN n AS value, [x] AS evidence
            """;
    static final String SENDINGS_OFF = COUNT.formatted("(x)<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(:Booking {sendingOff: true})", Names.AT_STAGE);
    static final String YELLOW_CARDS = COUNT.formatted("(x)<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(:Booking {yellowCard: true})", Names.AT_STAGE);
    static final String OWN_GOALS = COUNT.formatted("(x)<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(:Goal {ownGoal: true})", Names.AT_STAGE);
    /** Penalties scored in play (a goal with the penalty flag): shoot-out kicks are no goals, so they are never counted. */
    static final String PENALTY_GOALS = COUNT.formatted("(x)<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(:Goal {penalty: true})", Names.AT_STAGE);
    static final String SHOOTOUTS = COUNT.formatted("(x)<-[:IN_TOURNAMENT]-(m:Match {penaltyShootout: true})", Names.AT_STAGE);
    static final String STADIUM_COUNT = """
            MATCH (x:Tournament {tournamentId: $tournament})
            CALL (x) { MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)-[:PLAYED_AT]->(s:Stadium) WHERE %s RETURN count(DISTINCT s) AS n }
            RETURN n AS value, [x] AS evidence
            """.formatted(Names.AT_STAGE);
    /** The day a tournament began: the date of its first match. */
    static final String START_DATE = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)
            WHERE m.date IS NOT NULL
            RETURN toString(min(m.date)) AS value, [x] AS evidence
            """;
    /** A tournament's last day: the source's end date, else its last match's. */
    static final String END_DATE = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)
            WHERE m.date IS NOT NULL
            WITH x, max(m.date) AS last
            RETURN toString(coalesce(x.endDate, last)) AS value, [x] AS evidence
            """;
    /** The city of a stadium named ("In which city is the Estadio Azteca?"). */
    static final String STADIUM_CITY = """
            MATCH (s:Stadium {stadiumId: $stadium}) WHERE s.city IS NOT NULL
            RETURN s.city AS value, [s] AS evidence
            """;
    /** How many World Cups of the gender asked (men's unless the question says women's) the graph holds. */
    static final String WORLD_CUP_COUNT = """
            MATCH (x:Tournament {gender: $gender}) WHERE %s
            RETURN count(x) AS value, [] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    static final String TOURNAMENT_YEAR = """
            MATCH (x:Tournament {tournamentId: $tournament})
            RETURN toString(x.year) AS value, [x] AS evidence
            """;
    static final String SHOOTOUTS_ALL_TIME = """
            CALL () {
              MATCH (x:Tournament {gender: $gender})<-[:IN_TOURNAMENT]-(m:Match {penaltyShootout: true})
              WHERE %s AND %s
              RETURN count(m) AS n
            }
            RETURN n AS value, [] AS evidence
            """.formatted(Names.IS_WORLD_CUP, Names.AT_STAGE);
    static final String AWARD_WINNERS = """
            MATCH (p:Player)-[:WON_AWARD {tournamentId: $tournament}]->(a:Award {awardId: $award})
            RETURN p.name AS value, [p, a] AS evidence
            """;
    /** The teams that played a match of the stage named at a tournament ("the semi-finalists"); needs a stage. */
    static final String STAGE_TEAMS = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match {stage: $stage})<-[:PARTICIPATED_IN]-(t:Team)
            RETURN DISTINCT t.name AS value, [t, x] AS evidence
            """;
    static final String MOST_TITLES = """
            MATCH (t:Team)-[:FINISHED {position: 1}]->(:Tournament {gender: $gender})
            WITH t, count(*) AS n ORDER BY n DESC
            WITH collect({t: t, n: n}) AS all
            UNWIND [e IN all WHERE e.n = all[0].n] AS e
            RETURN e.t.name AS value, [e.t] AS evidence
            """;
    // The margin ties are all listed; a draw keeps the home team first, as the source orders it.
    /** The matches of the tournaments filtered by %s, as {@code all}: each with its margin, the biggest first. */
    private static final String MARGINS = """
            MATCH (x:Tournament)<-[:IN_TOURNAMENT]-(m:Match) WHERE %s
            WITH m, abs(m.homeScore - m.awayScore) AS margin ORDER BY margin DESC
            WITH collect({m: m, margin: margin}) AS all
            """;
    private static final String BIGGEST_WINS = MARGINS + """
            UNWIND [e IN all WHERE e.margin = all[0].margin] AS e
            WITH e.m AS m
            MATCH (m)-[:HOME_TEAM]->(h:Team), (m)-[:AWAY_TEAM]->(a:Team)
            RETURN CASE WHEN m.awayScore > m.homeScore
                        THEN a.name + ' ' + toString(m.awayScore) + '–' + toString(m.homeScore) + ' ' + h.name
                        ELSE h.name + ' ' + toString(m.homeScore) + '–' + toString(m.awayScore) + ' ' + a.name END AS value,
                   [m, h, a] AS evidence
            """;
    static final String BIGGEST_WINS_IN_TOURNAMENT = BIGGEST_WINS.formatted("x.tournamentId = $tournament");
    /** The matches of a tournament won by its biggest margin; one match is one team that had the biggest win. */
    private static final String BIGGEST_MARGIN_MATCHES = MARGINS.formatted("x.tournamentId = $tournament") + """
            WITH [e IN all WHERE e.margin = all[0].margin AND e.margin > 0 | e.m] AS top
            """;
    /** The team that won a tournament's biggest win, when one match alone has the biggest margin. */
    static final String BIGGEST_WIN_TEAM = BIGGEST_MARGIN_MATCHES + """
            WITH top WHERE size(top) = 1
            WITH top[0] AS m
            MATCH (m)-[:HOME_TEAM]->(h:Team), (m)-[:AWAY_TEAM]->(a:Team)
            WITH m, CASE WHEN m.homeScore > m.awayScore THEN h ELSE a END AS w
            RETURN w.name AS value, [m, w] AS evidence
            """;
    /** Whether one match alone has a tournament's biggest margin (several would be several teams with "the" biggest win). */
    static final String ONE_BIGGEST_WIN = BIGGEST_MARGIN_MATCHES + "RETURN size(top) = 1 AS ok";
    /** The team of the player who won an award at a tournament (his squad there). */
    static final String AWARD_WINNER_TEAMS = """
            MATCH (p:Player)-[:WON_AWARD {tournamentId: $tournament}]->(a:Award {awardId: $award})
            MATCH (p)-[:MEMBER_OF {tournamentId: $tournament}]->(t:Team)
            RETURN DISTINCT t.name AS value, [p, a, t] AS evidence
            """;
    static final String BIGGEST_WINS_ALL_TIME = BIGGEST_WINS.formatted("x.gender = $gender AND " + Names.IS_WORLD_CUP);

    private TournamentTemplates() {}

    /** The team in {@code position} of the final standings; the position is a constant of the template, not input. */
    static String standing(int position) {
        return (position <= 2 ? STANDING : STANDING_AFTER_THIRD_PLACE_MATCH).replace("$position", Integer.toString(position));
    }

    // The World Cup matches played at a place: in a city ($city) or at a stadium ($stadium), of one tournament or of all of the gender.
    private static final String AT_PLACE = """
            MATCH (s:Stadium)<-[:PLAYED_AT]-(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
            WHERE ($city = '' OR s.city = $city) AND ($stadium = '' OR s.stadiumId = $stadium) AND %s
            """;
    static final String PLACE_MATCH_COUNT = AT_PLACE.formatted("x.gender = $gender AND " + Names.IS_WORLD_CUP + " AND " + Names.AT_STAGE) + """
            WITH count(m) AS n, collect(DISTINCT s)[0..5] AS at
            RETURN n AS value, at AS evidence
            """;
    static final String PLACE_MATCH_COUNT_IN_TOURNAMENT = AT_PLACE.formatted("x.tournamentId = $tournament AND " + Names.AT_STAGE) + """
            WITH count(m) AS n, collect(DISTINCT s)[0..5] AS at
            RETURN n AS value, at AS evidence
            """;
    /** The World Cups whose match of the stage named was played at the place ("Which World Cup final was played in Paris?"). */
    static final String PLACE_STAGE_YEARS = AT_PLACE.formatted("m.stage = $stage AND " + Names.IS_WORLD_CUP) + """
            RETURN DISTINCT toString(x.year) AS value, [m, s, x] AS evidence
            """;

    static List<Template> all() {
        Set<Slot> t = Set.of(TOURNAMENT);
        return List.of(
                Template.query("place_match_count", Set.of(Slot.PLACE), PLACE_MATCH_COUNT, "How many World Cup matches were played in City?",
                        "How many World Cup games has Stadium hosted?", "How many matches took place at Stadium?"),
                Template.query("place_match_count_in_tournament", Set.of(Slot.PLACE, TOURNAMENT), PLACE_MATCH_COUNT_IN_TOURNAMENT,
                        "How many matches were played in City at the Year World Cup?", "How many games did Stadium host in Year?"),
                Template.query("place_stage_years", Set.of(Slot.PLACE), PLACE_STAGE_YEARS, "Which World Cup final was played in City?",
                        "In which year was the final held at Stadium?", "When did City host a World Cup semi-final?"),
                Template.query("tournament_winner", t, standing(1), "Who won the World Cup in Year?", "Which country won the Year World Cup?",
                        "Who were the Year world champions?", "Which team lifted the trophy in Year?"),
                Template.query("runner_up", t, standing(2), "Who was runner-up at the Year World Cup?", "Which team finished second in Year?",
                        "Who lost the final of the Year World Cup?", "Who came second at the World Cup in Year?"),
                Template.query("third_place", t, standing(3), "Who finished third at the Year World Cup?", "Which team came third in Year?",
                        "Who won the third-place match in Year?", "Who took third place at the World Cup in Year?"),
                Template.query("fourth_place", t, standing(4), "Who finished fourth at the Year World Cup?", "Which team came fourth in Year?",
                        "Who lost the third-place match in Year?"),
                Template.query("host_country", t, HOSTS, "Who hosted the Year World Cup?", "Which country hosted the World Cup in Year?",
                        "Where was the Year World Cup held?", "What were the host nations in Year?"),
                Template.query("tournament_goals", t, GOALS, "How many goals were scored at the Year World Cup?",
                        "What was the total number of goals in Year?", "How many goals in total at the World Cup in Year?"),
                Template.query("tournament_matches", t, MATCHES, "How many matches were played at the Year World Cup?",
                        "How many games were there at the World Cup in Year?", "What was the number of matches in Year?"),
                Template.query("tournament_teams", t, TEAMS, "How many teams took part in the Year World Cup?",
                        "How many nations played at the World Cup in Year?", "How many countries qualified for the Year World Cup?"),
                Template.query("red_cards_in_tournament", t, SENDINGS_OFF, "How many red cards were shown at the Year World Cup?",
                        "How many players were sent off in Year?", "How many sendings-off were there at the World Cup in Year?").requiring(Preconditions.BOOKINGS_RECORDED, Preconditions.NO_BOOKINGS),
                Template.query("yellow_cards_in_tournament", t, YELLOW_CARDS, "How many yellow cards were shown at the Year World Cup?",
                        "How many yellow cards in total at the World Cup in Year?", "How many bookings with a yellow card in Year?").requiring(Preconditions.BOOKINGS_RECORDED, Preconditions.NO_BOOKINGS),
                Template.query("own_goals_in_tournament", t, OWN_GOALS, "How many own goals were scored at the Year World Cup?",
                        "How many own goals were there in Year?", "What was the number of own goals at the World Cup in Year?"),
                Template.query("penalty_goals_in_tournament", t, PENALTY_GOALS, "How many penalties were scored at the Year World Cup, not counting shoot-outs?",
                        "How many penalty goals were there in Year?", "How many goals from the spot were scored at the World Cup in Year?"),
                Template.query("shootouts_in_tournament", t, SHOOTOUTS, "How many penalty shoot-outs were there at the Year World Cup?",
                        "How many matches went to penalties in Year?", "How many games were decided on penalties at the World Cup in Year?"),
                Template.query("tournament_stadium_count", t, STADIUM_COUNT, "How many stadiums were used at the Year World Cup?",
                        "In how many venues were matches played in Year?", "How many grounds did the Year tournament use?"),
                Template.query("tournament_end_date", t, END_DATE, "When did the Year World Cup end?",
                        "On which day did the Year tournament finish?", "What was the last day of the Year World Cup?"),
                Template.query("stadium_city", Set.of(Slot.PLACE), STADIUM_CITY, "In which city is Stadium?", "Where is Stadium?",
                        "Which city is Stadium in?"),
                Template.query("tournament_start_date", t, START_DATE, "When did the Year World Cup start?",
                        "On which day did the Year tournament kick off?", "When was the first match of the Year season played?",
                        "What was the opening day of the Year World Cup?"),
                Template.query("world_cup_count", Set.of(), WORLD_CUP_COUNT, "How many World Cups have there been?",
                        "How many men's World Cups have been held?", "How many editions of the women's World Cup have been played?"),
                Template.query("tournament_year", t, TOURNAMENT_YEAR, "In what year was the Year World Cup held?",
                        "What year did the Year tournament take place?"),
                Template.query("shootouts_all_time", Set.of(), SHOOTOUTS_ALL_TIME, "How many World Cup matches have gone to penalties?",
                        "How many penalty shoot-outs have there been at World Cups?", "How many World Cup games were decided by a shoot-out?"),
                Template.query("award_winner", Set.of(TOURNAMENT, AWARD), AWARD_WINNERS, "Who won the Award at the Year World Cup?",
                        "Who received the Award in Year?", "Which player was given the Award at the World Cup in Year?",
                        "Award winner at Year?", "Who got the Award in Year?"),
                Template.query("stage_teams", t, STAGE_TEAMS, "Which teams played in the Year semi-finals?",
                        "Which teams reached the quarter-finals of the Year World Cup?", "Who were the semi-finalists at the Year World Cup?",
                        "Which countries made the round of 16 in Year?"),
                Template.query("most_titles", Set.of(), MOST_TITLES, "Which country has won the most World Cups?",
                        "Which team has the most World Cup titles?", "Who are the most successful nations in World Cup history?"),
                Template.query("biggest_win_tournament", t, BIGGEST_WINS_IN_TOURNAMENT, "What was the biggest win at the Year World Cup?",
                        "Which match had the largest winning margin in Year?", "What was the heaviest defeat at the World Cup in Year?"),
                Template.query("biggest_win_team", t, BIGGEST_WIN_TEAM, "Which team had the biggest win at the Year World Cup?",
                        "Which country recorded the largest margin of victory in Year?", "Who won by the biggest margin at the Year tournament?",
                        "Which side had the heaviest win in Year?")
                        .requiring(ONE_BIGGEST_WIN, "several matches share that tournament's biggest margin, so no one team had the biggest win"),
                Template.query("award_winner_team", Set.of(TOURNAMENT, AWARD), AWARD_WINNER_TEAMS,
                        "Which team did the Year Award winner play for?", "Which country did the winner of the Award at the Year World Cup represent?",
                        "For which nation did the Award winner of Year play?", "What team was the Year Award winner in?"),
                Template.query("biggest_win_all_time", Set.of(), BIGGEST_WINS_ALL_TIME, "What is the biggest win in World Cup history?",
                        "Which World Cup match had the largest margin of victory ever?", "What is the heaviest defeat ever at a World Cup?"));
    }
}
