package dev.groundwork.query.sports;

import java.util.List;
import java.util.Set;

import static dev.groundwork.query.sports.Slot.GROUP;
import static dev.groundwork.query.sports.Slot.OPPONENT;
import static dev.groundwork.query.sports.Slot.TEAM;
import static dev.groundwork.query.sports.Slot.TOURNAMENT;

/** Templates about teams: titles, appearances, goals, wins, shoot-outs, head-to-head records, groups and managers. */
final class TeamTemplates {
    static final String TITLES = """
            MATCH (t:Team {teamId: $team})
            CALL (t) { MATCH (t)-[:FINISHED {position: 1}]->(x:Tournament {gender: $gender}) RETURN count(x) AS n }
            RETURN n AS value, [t] AS evidence
            """;
    static final String TOURNAMENT_COUNT = """
            MATCH (t:Team {teamId: $team})
            CALL (t) { MATCH (t)-[:QUALIFIED_FOR]->(x:Tournament {gender: $gender}) RETURN count(x) AS n }
            RETURN n AS value, [t] AS evidence
            """;
    static final String FIRST_APPEARANCE = """
            MATCH (t:Team {teamId: $team})-[:QUALIFIED_FOR]->(x:Tournament {gender: $gender})
            WITH t, x ORDER BY x.year LIMIT 1
            RETURN x.year AS value, [t, x] AS evidence
            """;
    static final String PERFORMANCE = """
            MATCH (t:Team {teamId: $team})-[q:QUALIFIED_FOR]->(x:Tournament {tournamentId: $tournament})
            RETURN q.performance AS value, [t, x] AS evidence
            """;
    /** A team's wins, draws and losses over its PARTICIPATED_IN relationships {@code p}, as "W–D–L". */
    private static final String WIN_DRAW_LOSS = """
            toString(count(CASE WHEN p.result = 'win' THEN 1 END)) + '–' + toString(count(CASE WHEN p.result = 'draw' THEN 1 END))
                     + '–' + toString(count(CASE WHEN p.result = 'lose' THEN 1 END))""";
    private static final String APPEARANCES = """
            MATCH (t:Team {teamId: $team})
            CALL (t) {
              MATCH (t)-[p:PARTICIPATED_IN]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s AND ($stage = '' OR m.stage = $stage)
              RETURN %s AS n
            }
            RETURN n AS value, [t] AS evidence
            """;
    static final String MATCHES_IN_TOURNAMENT = APPEARANCES.formatted("x.tournamentId = $tournament", "count(p)");
    static final String GOALS_IN_TOURNAMENT = APPEARANCES.formatted("x.tournamentId = $tournament", "coalesce(sum(p.goalsFor), 0)");
    static final String GOALS_AGAINST_IN_TOURNAMENT = APPEARANCES.formatted("x.tournamentId = $tournament",
            "coalesce(sum(p.goalsAgainst), 0)");
    /** Wins, draws or losses ($outcome won, drew, lost) of a team in one tournament; a shoot-out counts as the source records it. */
    static final String RESULTS_IN_TOURNAMENT = APPEARANCES.formatted("x.tournamentId = $tournament AND p.result = CASE $outcome"
            + " WHEN 'won' THEN 'win' WHEN 'drew' THEN 'draw' WHEN 'lost' THEN 'lose' END", "count(p)");
    static final String RECORD_IN_TOURNAMENT = APPEARANCES.formatted("x.tournamentId = $tournament", WIN_DRAW_LOSS);
    /** A team's league points (three a win, one a draw), only for a league season: World Cup points are per group. */
    static final String LEAGUE_POINTS = """
            MATCH (t:Team {teamId: $team}), (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL
            CALL (t, x) {
              MATCH (t)-[p:PARTICIPATED_IN]->(:Match)-[:IN_TOURNAMENT]->(x)
              RETURN sum(CASE p.result WHEN 'win' THEN 3 WHEN 'draw' THEN 1 ELSE 0 END) AS n, count(p) AS played
            }
            WITH t, x, n AS points WHERE played > 0
            RETURN points AS value, [t, x] AS evidence
            """;
    private static final String WORLD_CUPS_OF_GENDER = "x.gender = $gender AND " + Names.IS_WORLD_CUP;
    static final String GOALS_ALL_TIME = APPEARANCES.formatted(WORLD_CUPS_OF_GENDER, "coalesce(sum(p.goalsFor), 0)");
    static final String WINS_ALL_TIME = APPEARANCES.formatted(WORLD_CUPS_OF_GENDER + " AND p.result = 'win'", "count(p)");
    static final String MATCHES_ALL_TIME = APPEARANCES.formatted(WORLD_CUPS_OF_GENDER, "count(p)");
    static final String RECORD_ALL_TIME = APPEARANCES.formatted(WORLD_CUPS_OF_GENDER, WIN_DRAW_LOSS);
    static final String SHOOTOUTS = APPEARANCES.formatted(WORLD_CUPS_OF_GENDER + """
             AND p.penaltyShootout
                AND ($outcome = 'played' OR ($outcome = 'won' AND p.result = 'win') OR ($outcome = 'lost' AND p.result = 'lose'))""",
            "count(p)");
    private static final String HEAD_TO_HEAD = """
            MATCH (t:Team {teamId: $team}), (o:Team {teamId: $opponent})
            CALL (t, o) {
              MATCH (t)-[p:PARTICIPATED_IN]->(m:Match)<-[:PARTICIPATED_IN]-(o), (m)-[:IN_TOURNAMENT]->(x:Tournament {gender: $gender})
              WHERE %s AND ($stage = '' OR m.stage = $stage)
              RETURN %s AS n
            }
            RETURN n AS value, [t, o] AS evidence
            """;
    static final String MEETINGS = HEAD_TO_HEAD.formatted(Names.IS_WORLD_CUP, "count(m)");
    static final String RECORD = HEAD_TO_HEAD.formatted(Names.IS_WORLD_CUP, WIN_DRAW_LOSS);
    /**
     * The meetings the first team won ($outcome lost: lost), as the data records results: a shoot-out is a win and a loss,
     * as "Italy won the 2006 final" says it.
     */
    static final String HEAD_TO_HEAD_WINS = HEAD_TO_HEAD.formatted(Names.IS_WORLD_CUP
            + " AND p.result = CASE $outcome WHEN 'lost' THEN 'lose' ELSE 'win' END", "count(m)");
    // Groups mean the first group stage (stage 1); 1974-1982 also had a second one.
    private static final String GROUP_STANDING = """
            MATCH (t:Team)-[s:IN_GROUP]->(g:Group {stageNumber: 1})-[:GROUP_OF]->(x:Tournament {tournamentId: $tournament})
            WHERE %s
            RETURN %s AS value, [t, g] AS evidence
            """;
    static final String GROUP_WINNER = GROUP_STANDING.formatted("g.name = $group AND s.position = 1", "t.name");
    /** The last team of a group: its position is the number of teams in the group. */
    static final String GROUP_BOTTOM = GROUP_STANDING.formatted("g.name = $group AND s.position = COUNT { (:Team)-[:IN_GROUP]->(g) }", "t.name");
    static final String GROUP_MEMBERS = GROUP_STANDING.formatted("g.name = $group", "t.name");
    static final String GROUP_POINTS = GROUP_STANDING.formatted("t.teamId = $team", "s.points");
    static final String GROUP_POSITION = GROUP_STANDING.formatted("t.teamId = $team", "s.position");
    static final String TEAM_GROUP = GROUP_STANDING.formatted("t.teamId = $team", "g.name");
    // A stage named ("in the 2010 final") is honoured: the team must have played a match of that stage in the tournament.
    static final String MANAGERS = """
            MATCH (mg:Manager)-[:MANAGED {tournamentId: $tournament}]->(t:Team {teamId: $team})
            WHERE $stage = '' OR EXISTS { (t)-[:PARTICIPATED_IN]->(:Match {stage: $stage})-[:IN_TOURNAMENT]->(:Tournament {tournamentId: $tournament}) }
            RETURN mg.name AS value, [mg, t] AS evidence
            """;

    /** The members of a team's squad at a tournament who play in the position named ("goal keeper"); none named, none. */
    static final String SQUAD_BY_POSITION = """
            MATCH (p:Player)-[s:MEMBER_OF {tournamentId: $tournament}]->(t:Team {teamId: $team})
            WHERE $position <> '' AND s.position = $position
            RETURN p.name AS value, [p, t] AS evidence
            """;
    /**
     * The team that knocked a team out of a tournament: the winner of the one knockout match it lost there (round of 16 to the
     * final; a third-place match knocks no one out). A team out in a group stage, or a tournament without such rounds (1950's
     * final round), has none.
     */
    static final String ELIMINATED_BY = """
            MATCH (t:Team {teamId: $team})-[:PARTICIPATED_IN]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament {tournamentId: $tournament}),
                  (m)-[:WINNER]->(w:Team)
            WHERE w <> t AND m.stage IN ['round of 16', 'quarter-final', 'semi-final', 'final']
            RETURN w.name AS value, [m, w] AS evidence
            """;
    /** The players of a team booked at a tournament, with the card named ($card: any, yellow, red), at the stage named. */
    static final String CARDED_IN_TOURNAMENT = """
            MATCH (t:Team {teamId: $team})<-[:FOR_TEAM]-(b:Booking)-[:IN_MATCH]->(m:Match)-[:IN_TOURNAMENT]->(:Tournament {tournamentId: $tournament}),
                  (b)-[:BY_PLAYER]->(p:Player)
            WHERE ($card = 'any' OR ($card = 'yellow' AND b.yellowCard) OR ($card = 'red' AND b.sendingOff)) AND %s
            RETURN DISTINCT p.name AS value, [p, t] AS evidence
            """.formatted(Names.AT_STAGE);
    /** The member of a team's squad at a tournament who wore the shirt number named ({@code $number}; none named, none). */
    static final String SQUAD_BY_NUMBER = """
            MATCH (p:Player)-[s:MEMBER_OF {tournamentId: $tournament}]->(t:Team {teamId: $team})
            WHERE $number <> '' AND toString(s.shirtNumber) = $number
            RETURN p.name AS value, [p, t] AS evidence
            """;
    static final String SQUAD_SIZE = """
            MATCH (t:Team {teamId: $team})
            CALL (t) { MATCH (p:Player)-[:MEMBER_OF {tournamentId: $tournament}]->(t) RETURN count(DISTINCT p) AS n }
            WITH t, n WHERE n > 0
            RETURN n AS value, [t] AS evidence
            """;
    /** The players of a team's squad at a tournament ("Name the players in Spain's 2010 squad"). */
    static final String SQUAD_MEMBERS = """
            MATCH (p:Player)-[:MEMBER_OF {tournamentId: $tournament}]->(t:Team {teamId: $team})
            RETURN DISTINCT p.name AS value, [p, t] AS evidence
            """;
    static final String HOSTED_COUNT = """
            MATCH (t:Team {teamId: $team})
            CALL (t) { MATCH (t)-[:HOSTED]->(x:Tournament {gender: $gender}) RETURN count(x) AS n }
            RETURN n AS value, [t] AS evidence
            """;
    static final String HOSTED_YEARS = """
            MATCH (t:Team {teamId: $team})-[:HOSTED]->(x:Tournament {gender: $gender})
            RETURN toString(x.year) AS value, [t, x] AS evidence
            """;
    /** The years a team won the World Cup of the gender (the count is {@link #TITLES}). */
    static final String TITLE_YEARS = """
            MATCH (t:Team {teamId: $team})-[:FINISHED {position: 1}]->(x:Tournament {gender: $gender})
            RETURN toString(x.year) AS value, [t, x] AS evidence
            ORDER BY x.year
            """;
    /** The managers of a team at the World Cups of the gender it won ("Who coached Spain when they won the World Cup?"). */
    static final String TITLE_MANAGERS = """
            MATCH (t:Team {teamId: $team})-[:FINISHED {position: 1}]->(x:Tournament {gender: $gender})
            MATCH (mg:Manager)-[:MANAGED {tournamentId: x.tournamentId}]->(t)
            RETURN mg.name AS value, [mg, t, x] AS evidence
            ORDER BY x.year
            """;
    /** The country a team's manager at a tournament came from, as the source records it. */
    static final String MANAGER_COUNTRY = """
            MATCH (mg:Manager)-[:MANAGED {tournamentId: $tournament}]->(t:Team {teamId: $team}) WHERE mg.country IS NOT NULL
            RETURN mg.country AS value, [mg, t] AS evidence
            """;
    // The team with the most goals (for or against) of a tournament; ties are all given.
    private static final String MOST_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)<-[p:PARTICIPATED_IN]-(t:Team)
            WHERE ($stage = '' OR m.stage = $stage)
            WITH t, x, sum(p.%s) AS goals ORDER BY goals DESC
            WITH collect({t: t, x: x, goals: goals}) AS all
            UNWIND [e IN all WHERE e.goals = all[0].goals] AS e
            RETURN e.t.name AS value, [e.t, e.x] AS evidence
            """;
    static final String MOST_GOALS_IN_TOURNAMENT = MOST_IN_TOURNAMENT.formatted("goalsFor");
    static final String MOST_CONCEDED_IN_TOURNAMENT = MOST_IN_TOURNAMENT.formatted("goalsAgainst");
    /** Matches of a tournament that ended level after play (a shoot-out decides a match: it is no draw). */
    static final String DRAWS_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament})
            CALL (x) {
              MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)
              WHERE m.homeScore = m.awayScore AND NOT coalesce(m.penaltyShootout, false)
              RETURN count(m) AS draws
            }
            RETURN draws AS value, [x] AS evidence
            """;
    /** Matches of a tournament that ended 0–0, a shoot-out after it or not: "goalless" says the score, not that no one won. */
    static final String GOALLESS_DRAWS_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament})
            CALL (x) {
              MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)
              WHERE m.homeScore = 0 AND m.awayScore = 0
              RETURN count(m) AS draws
            }
            RETURN draws AS value, [x] AS evidence
            """;
    /** Home wins of a league season; a World Cup has no real home side. */
    static final String HOME_WINS_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL
            CALL (x) {
              MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)
              WHERE m.homeScore > m.awayScore
              RETURN count(m) AS n
            }
            RETURN n AS value, [x] AS evidence
            """;
    // A league's champion from its matches: three points a win, one a draw; ties on points are broken by goal difference,
    // then goals scored, and any still tied are all given. Only for a tournament without final standings (a league season).
    // A league season's table from its matches, ordered %1$s (DESC: the champion first; ASC: the bottom club first).
    /** A league season's clubs, each with its points (3 a win, 1 a draw), goal difference and goals scored: the rows of its table. */
    private static final String LEAGUE_SEASON_ROWS = """
            MATCH (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL AND NOT EXISTS { (x)<-[:FINISHED]-() }
            MATCH (x)<-[:IN_TOURNAMENT]-(:Match)<-[p:PARTICIPATED_IN]-(t:Team)
            WITH x, t, sum(CASE p.result WHEN 'win' THEN 3 WHEN 'draw' THEN 1 ELSE 0 END) AS points,
                 sum(p.goalsFor) - sum(p.goalsAgainst) AS difference, sum(p.goalsFor) AS goals
            """;
    private static final String LEAGUE_TABLE_END = LEAGUE_SEASON_ROWS + """
            ORDER BY points %1$s, difference %1$s, goals %1$s
            WITH collect({t: t, x: x, points: points, difference: difference, goals: goals}) AS all
            UNWIND [e IN all WHERE e.points = all[0].points AND e.difference = all[0].difference AND e.goals = all[0].goals] AS e
            RETURN e.t.name AS value, [e.t, e.x] AS evidence
            """;
    static final String LEAGUE_CHAMPION = LEAGUE_TABLE_END.formatted("DESC");
    /**
     * A league season's table from its matches with each club's place (1 + the clubs ahead on points, then goal difference,
     * then goals scored) and how many share its points, difference and goals: a place shared that way is one the results
     * alone cannot settle, and no row is given for it. Filtered by %1$s, returning %2$s.
     */
    private static final String LEAGUE_TABLE = LEAGUE_SEASON_ROWS + """
            WITH x, collect({t: t, points: points, difference: difference, goals: goals}) AS all
            UNWIND all AS e
            WITH x, e, 1 + size([o IN all WHERE o.points > e.points OR o.points = e.points AND (o.difference > e.difference
                     OR o.difference = e.difference AND o.goals > e.goals)]) AS place,
                 size([o IN all WHERE o.points = e.points AND o.difference = e.difference AND o.goals = e.goals]) AS tied
            WHERE tied = 1 AND %1$s
            RETURN %2$s AS value, [e.t, x] AS evidence
            """;
    /** The club in the place the question names ("finished second", "3rd"): {@code $place}. */
    static final String LEAGUE_PLACE = LEAGUE_TABLE.formatted("toString(place) = $place", "e.t.name");
    /** A club's place in the table. */
    static final String LEAGUE_POSITION = LEAGUE_TABLE.formatted("e.t.teamId = $team", "place");
    /**
     * The clubs of a league season with the %s wins, draws or losses ($outcome), all of them when tied; only for a league
     * season, where every club played the same matches (a World Cup's teams did not, and its shoot-outs are draws to some).
     */
    private static final String LEAGUE_RESULTS_RANKED = """
            MATCH (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL AND NOT EXISTS { (x)<-[:FINISHED]-() }
              AND $outcome IN ['won', 'drew', 'lost']
            MATCH (x)<-[:IN_TOURNAMENT]-(:Match)<-[p:PARTICIPATED_IN]-(t:Team)
            WITH x, t, sum(CASE WHEN p.result = CASE $outcome WHEN 'won' THEN 'win' WHEN 'drew' THEN 'draw' ELSE 'lose' END
                                THEN 1 ELSE 0 END) AS n
            ORDER BY n %s
            WITH x, collect({t: t, n: n}) AS all
            UNWIND [e IN all WHERE e.n = all[0].n] AS e
            RETURN e.t.name AS value, [e.t, x] AS evidence
            """;
    static final String LEAGUE_MOST_RESULTS = LEAGUE_RESULTS_RANKED.formatted("DESC");
    static final String LEAGUE_FEWEST_RESULTS = LEAGUE_RESULTS_RANKED.formatted("ASC");
    /**
     * The clubs of a league season with the fewest goals conceded, all of them when tied; only for a league season, where every
     * club played the same matches (at a World Cup a team out after its group conceded in fewer matches).
     */
    static final String LEAGUE_FEWEST_CONCEDED = """
            MATCH (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL
            MATCH (x)<-[:IN_TOURNAMENT]-(:Match)<-[p:PARTICIPATED_IN]-(t:Team)
            WITH x, t, sum(p.goalsAgainst) AS conceded ORDER BY conceded ASC
            WITH x, collect({t: t, conceded: conceded}) AS all
            UNWIND [e IN all WHERE e.conceded = all[0].conceded] AS e
            RETURN e.t.name AS value, [e.t, x] AS evidence
            """;
    /** The clubs of a league season that lost none of their matches. */
    static final String LEAGUE_UNBEATEN = """
            MATCH (x:Tournament {tournamentId: $tournament}) WHERE x.season IS NOT NULL
            MATCH (x)<-[:IN_TOURNAMENT]-(:Match)<-[p:PARTICIPATED_IN]-(t:Team)
            WITH x, t, sum(CASE WHEN p.result = 'lose' THEN 1 ELSE 0 END) AS lost
            WHERE lost = 0
            RETURN t.name AS value, [t, x] AS evidence
            """;
    /** The home wins of the team named in a league season (a World Cup has no real home side). */
    static final String TEAM_HOME_WINS_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament}), (t:Team {teamId: $team}) WHERE x.season IS NOT NULL
            CALL (x, t) {
              MATCH (x)<-[:IN_TOURNAMENT]-(m:Match)-[:HOME_TEAM]->(t)
              WHERE m.homeScore > m.awayScore
              RETURN count(m) AS n
            }
            RETURN n AS value, [x, t] AS evidence
            """;
    /**
     * The clubs in the last {@code $bottom} places of a league season's table ("the bottom three"): a club sharing its points,
     * goal difference and goals with another has no place the results settle, and gets no row.
     */
    static final String LEAGUE_BOTTOM_PLACES = LEAGUE_SEASON_ROWS + """
            WITH x, collect({t: t, points: points, difference: difference, goals: goals}) AS rows
            UNWIND rows AS e
            WITH x, e, size(rows) AS clubs, 1 + size([o IN rows WHERE o.points > e.points OR o.points = e.points AND (o.difference > e.difference
                     OR o.difference = e.difference AND o.goals > e.goals)]) AS place,
                 size([o IN rows WHERE o.points = e.points AND o.difference = e.difference AND o.goals = e.goals]) AS tied
            WHERE $bottom <> '' AND tied = 1 AND place > clubs - toInteger($bottom)
            RETURN e.t.name AS value, [e.t, x] AS evidence
            """;
    /** The club at the bottom of a league season's table (the same table as {@link #LEAGUE_CHAMPION}, read from the end). */
    static final String LEAGUE_BOTTOM = LEAGUE_TABLE_END.formatted("ASC");
    /** The manager of a tournament's winner ("Who managed the team that won the 2010 World Cup?"). */
    static final String WINNER_MANAGER = """
            MATCH (t:Team)-[:FINISHED {position: 1}]->(x:Tournament {tournamentId: $tournament})
            MATCH (mg:Manager)-[:MANAGED {tournamentId: x.tournamentId}]->(t)
            RETURN mg.name AS value, [mg, t, x] AS evidence
            """;


    /** The manager of a team at the tournament it won ("Who coached France to the 2018 title?"). */
    static final String TEAM_TITLE_MANAGER = """
            MATCH (t:Team {teamId: $team})-[:FINISHED {position: 1}]->(x:Tournament {tournamentId: $tournament})
            MATCH (mg:Manager)-[:MANAGED {tournamentId: x.tournamentId}]->(t)
            RETURN mg.name AS value, [mg, t, x] AS evidence
            """;
    static final String TEAM_WON_TOURNAMENT = """
            RETURN EXISTS { (:Team {teamId: $team})-[:FINISHED {position: 1}]->(:Tournament {tournamentId: $tournament}) } AS ok
            """;

    private TeamTemplates() {}

    static List<Template> all() {
        Set<Slot> team = Set.of(TEAM);
        Set<Slot> teamYear = Set.of(TEAM, TOURNAMENT);
        Set<Slot> pair = Set.of(TEAM, OPPONENT);
        Set<Slot> group = Set.of(TOURNAMENT, GROUP);
        return List.of(
                Template.query("team_titles", team, TITLES, "How many World Cups has Team won?", "How many world titles does Team have?",
                        "How many times has Team been world champion?"),
                Template.query("team_title_years", team, TITLE_YEARS, "In which years did Team win the World Cup?",
                        "When did Team win the World Cup?", "Which World Cups has Team won?"),
                Template.query("team_tournament_count", team, TOURNAMENT_COUNT, "How many World Cups has Team played in?",
                        "How many times has Team qualified for the World Cup?", "In how many tournaments has Team taken part?"),
                Template.query("team_first_appearance", team, FIRST_APPEARANCE, "When did Team first play at a World Cup?",
                        "In what year did Team make their World Cup debut?", "What was Team's first World Cup?"),
                Template.query("team_total_goals", team, GOALS_ALL_TIME, "How many World Cup goals has Team scored in total?",
                        "How many goals has Team scored at World Cups?", "What is Team's all-time goal tally at the World Cup?"),
                Template.query("team_total_wins", team, WINS_ALL_TIME, "How many World Cup matches has Team won?",
                        "How many games has Team won at World Cups?", "What is Team's number of World Cup victories?"),
                Template.query("team_record_all_time", team, RECORD_ALL_TIME, "What is Team's win-draw-loss record at World Cups?",
                        "What is Team's all-time World Cup record, wins draws and losses?", "How many wins, draws and losses does Team have at the World Cup?"),
                Template.query("team_total_matches", team, MATCHES_ALL_TIME, "How many World Cup matches has Team played?",
                        "How many games has Team played at World Cups in total?"),
                Template.query("team_shootouts", team, SHOOTOUTS, "How many penalty shoot-outs has Team won at World Cups?",
                        "How many shoot-outs has Team lost?", "How many times has Team been in a World Cup penalty shoot-out?"),
                Template.query("team_performance", teamYear, PERFORMANCE, "How far did Team get at the Year World Cup?",
                        "What stage did Team reach in Year?", "Where was Team eliminated at the World Cup in Year?",
                        "How did Team do at the Year World Cup?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_matches_in_tournament", teamYear, MATCHES_IN_TOURNAMENT,
                        "How many matches did Team play at the Year World Cup?", "How many games did Team play in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_goals_in_tournament", teamYear, GOALS_IN_TOURNAMENT, "How many goals did Team score at the Year World Cup?",
                        "How many times did Team score in Year?", "What was Team's goal total at the World Cup in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("head_to_head_record", pair, RECORD, "What is Team's World Cup record against Team?",
                        "What is the head-to-head record of Team against Team at World Cups?",
                        "How have Team fared against Team at the World Cup, wins draws and losses?"),
                Template.query("head_to_head_wins", pair, HEAD_TO_HEAD_WINS, "How many times has Team beaten Team at the World Cup?",
                        "How many World Cup matches has Team won against Team?", "How often did Team lose to Team at World Cups?"),
                Template.query("head_to_head_meetings", pair, MEETINGS, "How many times have Team and Team met at the World Cup?",
                        "How often has Team played Team at World Cups?", "How many World Cup matches between Team and Team?"),
                Template.query("group_winner", group, GROUP_WINNER, "Who won Group at the Year World Cup?", "Which team topped Group in Year?",
                        "Who finished first in Group in Year?"),
                Template.query("group_bottom", group, GROUP_BOTTOM, "Who finished bottom of Group at the Year World Cup?",
                        "Which team came last in Group in Year?", "Who was bottom of Group in Year?"),
                Template.query("group_members", group, GROUP_MEMBERS, "Which teams were in Group at the Year World Cup?",
                        "Who played in Group in Year?", "What teams made up Group at the World Cup in Year?"),
                Template.query("group_points", teamYear, GROUP_POINTS, "How many points did Team get in the group stage in Year?",
                        "How many group points did Team earn at the Year World Cup?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("group_position", teamYear, GROUP_POSITION, "Where did Team finish in their group in Year?",
                        "In what position did Team end the group stage at the Year World Cup?", "What place did Team take in its group in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_group", teamYear, TEAM_GROUP, "Which group was Team in at the Year World Cup?",
                        "In what group did Team play in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("squad_by_position", teamYear, SQUAD_BY_POSITION, "Which goalkeepers were in Team's squad at the Year World Cup?",
                        "Who were Team's defenders in Year?", "Name Team's goalkeepers at the Year World Cup",
                        "Which midfielders did Team take to the World Cup in Year?"),
                Template.query("team_eliminated_by", teamYear, ELIMINATED_BY, "Who knocked Team out of the Year World Cup?",
                        "Which team eliminated Team in Year?", "Who sent Team home at the Year tournament?")
                        .requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_carded_in_tournament", teamYear, CARDED_IN_TOURNAMENT,
                        "Which Team player was sent off at the Year World Cup?", "Which Team players were booked in Year?"),
                Template.query("squad_by_number", teamYear, SQUAD_BY_NUMBER, "Who wore number 10 for Team at the Year World Cup?",
                        "Which Team player had the number 9 shirt in Year?", "Who was Team's number 1 at the World Cup in Year?"),
                Template.query("team_squad_size", teamYear, SQUAD_SIZE, "How many players were in Team's squad at the Year World Cup?",
                        "How big was Team's squad in Year?", "How many players did Team take to the World Cup in Year?"),
                Template.query("team_squad", teamYear, SQUAD_MEMBERS, "Name the players in Team's squad at the Year World Cup",
                        "Which players were in Team's Year World Cup squad?", "Who was in Team's squad in Year?",
                        "List the members of Team's squad at the Year World Cup").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_hosted_count", team, HOSTED_COUNT, "How many times has Team hosted the World Cup?",
                        "How often has Team been the World Cup host?"),
                Template.query("team_hosted_years", team, HOSTED_YEARS, "In what year did Team host the World Cup?",
                        "When did Team host the World Cup?", "Which World Cups were held in Team?", "In which years was Team the host?"),
                Template.query("team_most_goals_in_tournament", Set.of(TOURNAMENT), MOST_GOALS_IN_TOURNAMENT,
                        "Which team scored the most goals at the Year World Cup?", "Which country had the most goals in Year?",
                        "What was the highest-scoring team of the Year tournament?"),
                Template.query("league_champion", Set.of(TOURNAMENT), LEAGUE_CHAMPION, "Who won the Year league?",
                        "Which club won the league title in the Year season?", "Who were the league champions in Year?",
                        "Which team finished top of the table in Year?"),
                Template.query("league_bottom", Set.of(TOURNAMENT), LEAGUE_BOTTOM, "Which team finished bottom of the Year league?",
                        "Who came last in the Year season?", "Which club had the fewest points in the league in Year?"),
                Template.query("league_place", Set.of(TOURNAMENT), LEAGUE_PLACE, "Which team finished second in the Year league?",
                        "Who came third in the Year season?", "Which club ended the Year season in fifth place?"),
                Template.query("league_position", teamYear, LEAGUE_POSITION, "What position did Team finish in the Year league?",
                        "Where did Team finish in the Year season table?", "In what place did Team end the Year season?"),
                Template.query("league_most_results", Set.of(TOURNAMENT), LEAGUE_MOST_RESULTS, "Which team won the most matches in the Year season?",
                        "Which club drew the most games in the Year league?", "Who lost the most matches in Year?"),
                Template.query("league_fewest_results", Set.of(TOURNAMENT), LEAGUE_FEWEST_RESULTS,
                        "Which team lost the fewest matches in the Year season?", "Which club won the fewest games in the Year league?",
                        "Who had the fewest defeats in Year?"),
                Template.query("league_fewest_conceded", Set.of(TOURNAMENT), LEAGUE_FEWEST_CONCEDED,
                        "Which team conceded the fewest goals in the Year season?", "Which club let in the fewest goals in the Year league?",
                        "Who had the best defence in the Year season?"),
                Template.set("league_unbeaten", Set.of(TOURNAMENT), LEAGUE_UNBEATEN, "Which team went unbeaten in the Year season?",
                        "Which club was undefeated in the Year league?", "Who went the whole Year season unbeaten?"),
                Template.set("league_bottom_places", Set.of(TOURNAMENT), LEAGUE_BOTTOM_PLACES,
                        "Which three clubs finished in the bottom three of the Year league?", "Who were the bottom two in the Year season?",
                        "Which teams finished in the bottom three in Year?"),
                Template.query("team_home_wins_in_tournament", teamYear, TEAM_HOME_WINS_IN_TOURNAMENT,
                        "How many home wins did Team have in the Year season?", "How many home games did Team win in the Year league?",
                        "How many matches did Team win at home in Year?"),
                Template.query("winner_manager", Set.of(TOURNAMENT), WINNER_MANAGER, "Who managed the team that won the Year World Cup?",
                        "Who was the coach of the Year world champions?", "Which manager won the World Cup in Year?"),
                Template.query("team_conceded_in_tournament", teamYear, GOALS_AGAINST_IN_TOURNAMENT,
                        "How many goals did Team concede at the Year World Cup?", "How many goals did Team let in in Year?",
                        "How many goals against did Team have in the Year season?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_results_in_tournament", teamYear, RESULTS_IN_TOURNAMENT,
                        "How many matches did Team win at the Year World Cup?", "How many games did Team lose in the Year season?",
                        "How many times did Team draw in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("team_record_in_tournament", teamYear, RECORD_IN_TOURNAMENT,
                        "What was Team's win-draw-loss record at the Year World Cup?", "What was Team's record in the Year season, wins draws and losses?",
                        "How many wins, draws and losses did Team have in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT),
                Template.query("league_points", teamYear, LEAGUE_POINTS, "How many points did Team get in the Year league season?",
                        "How many points did Team finish the Year season with?", "What was Team's points total in the league in Year?"),
                Template.query("team_most_conceded_in_tournament", Set.of(TOURNAMENT), MOST_CONCEDED_IN_TOURNAMENT,
                        "Which team conceded the most goals at the Year World Cup?", "Which side let in the most goals in Year?",
                        "Who had the worst defence in the Year season?"),
                Template.query("draws_in_tournament", Set.of(TOURNAMENT), DRAWS_IN_TOURNAMENT, "How many matches ended in a draw at the Year World Cup?",
                        "How many draws were there in the Year season?", "How many games were drawn in Year?"),
                Template.query("home_wins_in_tournament", Set.of(TOURNAMENT), HOME_WINS_IN_TOURNAMENT, "How many home wins were there in the Year season?",
                        "How many matches did the home team win in Year?", "How many games were won at home in the Year league?"),
                Template.query("goalless_draws_in_tournament", Set.of(TOURNAMENT), GOALLESS_DRAWS_IN_TOURNAMENT,
                        "How many matches ended goalless at the Year World Cup?", "How many goalless draws were there in the Year season?",
                        "How many games finished 0-0 in Year?"),
                Template.query("team_title_manager", teamYear, TEAM_TITLE_MANAGER, "Who managed Team to the Year title?",
                        "Who managed Team to victory at the Year World Cup?", "Who was Team's manager when they won the Year World Cup?",
                        "Which coach led Team to the World Cup title in Year?")
                        .requiring(TEAM_WON_TOURNAMENT, "the team named did not win that tournament, so no one managed it to the title"),
                Template.query("title_managers", team, TITLE_MANAGERS, "Who managed Team when they won the World Cup?",
                        "Who was Team's coach when they were world champions?", "Which managers have won the World Cup with Team?"),
                Template.query("manager_country", teamYear, MANAGER_COUNTRY, "Which country was Team's manager at the Year World Cup from?",
                        "What nationality was the coach of Team in Year?", "Where did Team's manager in Year come from?"),
                Template.query("manager", teamYear, MANAGERS, "Who managed Team at the Year World Cup?", "Who was Team's coach in Year?",
                        "Who was the head coach of Team at the World Cup in Year?").requiring(Preconditions.TEAM_TOOK_PART, Preconditions.TEAM_ABSENT));
    }
}
