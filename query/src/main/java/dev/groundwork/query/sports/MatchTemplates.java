package dev.groundwork.query.sports;

import java.util.List;
import java.util.Set;

import static dev.groundwork.query.sports.Slot.MATCH;

/** Templates about one match, found by {@link QuestionFrame} from the tournament, teams and stage named. */
final class MatchTemplates {
    /**
     * The matches of a tournament that involve the teams given ('': any) at the stage given ('': any). A stadium named is that
     * ground under any of its names in the graph: one source's name may be another's with a sponsor's word before it
     * (StatsBomb's "Spotify Camp Nou", the World Cup data's "Camp Nou"), and each source writes its own node.
     */
    // Parameters are never null ('' = not named): Neo4j caches a plan per query text and parameter
    // types, so one type per parameter means the plan warmed at start-up is the one questions use.
    private static final String FIND_WHERE = """
            WHERE ($team = '' OR EXISTS { (m)-[:HOME_TEAM|AWAY_TEAM]->(:Team {teamId: $team}) })
              AND ($opponent = '' OR EXISTS { (m)-[:HOME_TEAM|AWAY_TEAM]->(:Team {teamId: $opponent}) })
              AND ($stage = '' OR m.stage = $stage)
              AND ($date = '' OR toString(m.date) = $date)
              AND ($matchday = '' OR m.round = $matchday)
              AND ($city = '' OR EXISTS { (m)-[:PLAYED_AT]->(:Stadium {city: $city}) })
              AND ($stadium = '' OR EXISTS { MATCH (m)-[:PLAYED_AT]->(s:Stadium), (o:Stadium {stadiumId: $stadium})
                                            WHERE s = o OR trim(s.name) ENDS WITH ' ' + trim(o.name) OR trim(o.name) ENDS WITH ' ' + trim(s.name) })
            RETURN m.matchId AS matchId, [(m)-[:HOME_TEAM]->(h:Team) | h.teamId][0] AS home,
                   [(m)-[:IN_TOURNAMENT]->(x:Tournament) WHERE x.season IS NOT NULL | x.season][0] AS season,
                   m.date AS date, m.time AS time
            """;
    static final String FIND = "MATCH (m:Match)-[:IN_TOURNAMENT]->(:Tournament {tournamentId: $tournament})\n" + FIND_WHERE;
    /** A match between two teams named without a tournament or season: any competition; more than one match is ambiguous. */
    static final String FIND_ANY = "MATCH (m:Match)\n" + FIND_WHERE;
    /**
     * A match the player named played in (a line-up entry) against the one team named, with no tournament or season named:
     * "Who came on for Ciro Immobile against Turkey?". More than one match is ambiguous.
     */
    static final String FIND_PLAYED = "MATCH (m:Match)<-[:PLAYED_IN]-(:Player {playerId: $player})\n" + FIND_WHERE;
    /**
     * A match played in the calendar year named ($year: "2018"), in any competition: "Barcelona v Girona 2018" when the year's
     * World Cup has no such match. More than one match is ambiguous.
     */
    static final String FIND_IN_YEAR = "MATCH (m:Match) WHERE $year <> '' AND m.date STARTS WITH $year\nWITH m\n" + FIND_WHERE;
    /** The tournament of the match found, for the templates and preconditions that read $tournament. */
    static final String TOURNAMENT_OF = "MATCH (:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament) RETURN x.tournamentId AS id";
    /** A match of a league season ("2020/21"): several leagues may share the season, the teams tell them apart. */
    static final String FIND_IN_SEASON = "MATCH (m:Match)-[:IN_TOURNAMENT]->(:Tournament {season: $season})\n" + FIND_WHERE;
    // From the first team's side when the question names it, otherwise the winner's side first.
    private static final String SCORE = """
            MATCH (m:Match {matchId: $match})-[:HOME_TEAM]->(h:Team), (m)-[:AWAY_TEAM]->(a:Team)
            WITH m, h, a, m.%1$s AS home, m.%2$s AS away
            WHERE home IS NOT NULL
            RETURN CASE WHEN $team = a.teamId THEN toString(away) + '–' + toString(home)
                        WHEN $team = h.teamId THEN toString(home) + '–' + toString(away)
                        WHEN away > home THEN toString(away) + '–' + toString(home)
                        ELSE toString(home) + '–' + toString(away) END AS value,
                   [m, h, a] AS evidence
            """;
    static final String MATCH_SCORE = SCORE.formatted("homeScore", "awayScore");
    static final String SHOOTOUT_SCORE = SCORE.formatted("homePenalties", "awayPenalties");
    /** The score at half-time, where the source records it (openfootball's {@code ht}). */
    static final String HALF_TIME_SCORE = SCORE.formatted("halfTimeHomeScore", "halfTimeAwayScore");
    static final String WINNER = """
            MATCH (m:Match {matchId: $match})
            OPTIONAL MATCH (m)-[:WINNER]->(w:Team)
            RETURN coalesce(w.name, 'draw') AS value, CASE WHEN w IS NULL THEN [m] ELSE [m, w] END AS evidence
            """;
    static final String SHOOTOUT_WINNER = """
            MATCH (m:Match {matchId: $match, penaltyShootout: true})-[:WINNER]->(w:Team)
            RETURN w.name AS value, [m, w] AS evidence
            """;
    static final String TEAMS = """
            MATCH (m:Match {matchId: $match})-[:HOME_TEAM|AWAY_TEAM]->(t:Team)
            RETURN t.name AS value, [m, t] AS evidence
            """;
    /** An event of a match by the side the question names ("for Spain"), or any side; an own goal is scored for no one's side. */
    private static final String ON_SIDE = "$side = '' OR EXISTS { (%s)-[:FOR_TEAM]->(:Team {teamId: $side}) }";
    static final String SCORERS = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(g:Goal)-[:BY_PLAYER]->(p:Player)
            WHERE NOT coalesce(g.ownGoal, false) AND ($side = '' OR EXISTS { (g)-[:FOR_TEAM]->(:Team {teamId: $side}) })
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    /** The goal that opened the scoring: the earliest by period, minute and stoppage time. */
    static final String FIRST_SCORER = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(g:Goal)-[:BY_PLAYER]->(p:Player)
            WITH m, g, p ORDER BY coalesce(g.period, 0), g.minute, coalesce(g.stoppage, 0) LIMIT 1
            RETURN p.name AS value, [m, p] AS evidence
            """;
    /** The kicks of a shoot-out that were not converted. */
    static final String SHOOTOUT_MISSES = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(k:PenaltyKick {converted: false})-[:BY_PLAYER]->(p:Player)
            WHERE %s
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("k"));
    /** The kicks of a shoot-out that were converted. */
    static final String SHOOTOUT_SCORERS = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(k:PenaltyKick {converted: true})-[:BY_PLAYER]->(p:Player)
            WHERE %s
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("k"));
    /** The other team of the match a named team played: beaten by it ($outcome won), beating it (lost), or either. */
    static final String OPPONENT = """
            MATCH (m:Match {matchId: $match})-[:HOME_TEAM|AWAY_TEAM]->(o:Team)
            WHERE o.teamId <> $team
              AND ($outcome = 'played' OR ($outcome = 'won' AND EXISTS { (m)-[:WINNER]->(:Team {teamId: $team}) })
                   OR ($outcome = 'lost' AND EXISTS { (m)-[:LOSER]->(:Team {teamId: $team}) })
                   OR ($outcome = 'drew' AND NOT EXISTS { (m)-[:WINNER]->() }))
            RETURN o.name AS value, [m, o] AS evidence
            """;
    static final String BOOKED = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(b:Booking)-[:BY_PLAYER]->(p:Player)
            WHERE ($card = 'any' OR ($card = 'yellow' AND b.yellowCard) OR ($card = 'red' AND b.sendingOff)) AND (%s)
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("b"));
    /** The players in a match's starting line-up (StatsBomb line-ups), of the side named or both. */
    static final String STARTERS = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament), (p:Player)-[r:PLAYED_IN]->(m)
            WHERE r.started AND ($side = '' OR EXISTS { (p)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(:Team {teamId: $side}) })
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    static final String PENALTY_SCORERS = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(g:Goal {penalty: true})-[:BY_PLAYER]->(p:Player)
            WHERE $side = '' OR (NOT g.ownGoal AND EXISTS { (g)-[:FOR_TEAM]->(:Team {teamId: $side}) })
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    /**
     * The scorer of a match's winning goal: the winner's goal that put it ahead for good (its goal number one more than the
     * loser's goals, in time order; own goals count for the side credited). None when the match was decided on penalties, when
     * that goal was an own goal, or when the source does not record every goal of the winner.
     */
    static final String WINNING_GOAL_SCORER = """
            MATCH (m:Match {matchId: $match})-[:WINNER]->(w:Team), (l:Team)-[lp:PARTICIPATED_IN]->(m), (w)-[wp:PARTICIPATED_IN]->(m)
            WHERE l <> w AND wp.goalsFor > lp.goalsFor
            MATCH (m)<-[:IN_MATCH]-(g:Goal)-[:FOR_TEAM]->(w)
            WITH m, w, lp.goalsFor AS against, wp.goalsFor AS scored, g ORDER BY coalesce(g.period, 0), g.minute, coalesce(g.stoppage, 0)
            WITH m, w, against, scored, collect(g) AS goals WHERE size(goals) = scored
            WITH m, w, goals[against] AS g WHERE NOT g.ownGoal
            MATCH (g)-[:BY_PLAYER]->(p:Player)
            RETURN p.name AS value, [m, w, p] AS evidence
            """;
    /** The goals of a match, both sides (after extra time; a shoot-out's kicks are no goals). */
    static final String MATCH_GOALS = """
            MATCH (m:Match {matchId: $match}) WHERE m.homeScore IS NOT NULL
            RETURN m.homeScore + m.awayScore AS value, [m] AS evidence
            """;
    /** The goals of the side the question asks about ("did Italy score"); none without one (a match's goals are its score). */
    static final String TEAM_GOALS = """
            MATCH (t:Team {teamId: $side})-[p:PARTICIPATED_IN]->(m:Match {matchId: $match})
            RETURN p.goalsFor AS value, [m, t] AS evidence
            """;
    /**
     * The stage a match was played at, as the source names it, a knockout round in the singular ("What stage was the Croatia v
     * England game?" semi-final), unless the question asks in which round it was played ({@code $stageAs} 'round': "In which
     * round did Brazil play Germany?" semi-finals, the round's name as the source writes it). The dev sets expect both forms.
     */
    static final String STAGE = """
            MATCH (m:Match {matchId: $match})
            WITH m, coalesce(m.stageName, m.stage) AS named
            RETURN CASE WHEN $stageAs = 'round' THEN named ELSE replace(named, '-finals', '-final') END AS value, [m] AS evidence
            """;
    static final String SUBSTITUTION_COUNT = """
            MATCH (m:Match {matchId: $match})
            CALL (m) { MATCH (m)<-[:IN_MATCH]-(s:Substitution {comingOn: true}) WHERE %s RETURN count(s) AS n }
            RETURN n AS value, [m] AS evidence
            """.formatted(ON_SIDE.formatted("s"));
    /**
     * The players who scored own goals in a match; of the side named ("Which Turkish player scored an own goal against Italy?"),
     * those whose own goal was credited to the other team of the match (both sources credit an own goal to the team it counted for).
     */
    static final String OWN_GOAL_SCORERS = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(g:Goal {ownGoal: true})-[:BY_PLAYER]->(p:Player)
            WHERE $side = '' OR EXISTS { (m)-[:HOME_TEAM|AWAY_TEAM]->(:Team {teamId: $side}) }
                                AND EXISTS { (g)-[:FOR_TEAM]->(o:Team)<-[:HOME_TEAM|AWAY_TEAM]-(m) WHERE o.teamId <> $side }
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    /** The player who wore the shirt number named in the match (StatsBomb line-ups), of the side named or both. */
    static final String NUMBER_IN_MATCH = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament), (p:Player)-[r:PLAYED_IN]->(m)
            WHERE $number <> '' AND toString(r.jerseyNumber) = $number
              AND ($side = '' OR EXISTS { (p)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(:Team {teamId: $side}) })
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    static final String SENT_OFF = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(b:Booking {sendingOff: true})-[:BY_PLAYER]->(p:Player)
            WHERE %s
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("b"));
    // Yellow counts every yellow card (a second yellow too); red counts sendings-off.
    static final String CARDS = """
            MATCH (m:Match {matchId: $match})
            CALL (m) {
              MATCH (m)<-[:IN_MATCH]-(b:Booking)
              WHERE ($card = 'any' OR ($card = 'yellow' AND b.yellowCard) OR ($card = 'red' AND b.sendingOff)) AND (%s)
              RETURN count(b) AS n
            }
            RETURN n AS value, [m] AS evidence
            """.formatted(ON_SIDE.formatted("b"));
    /**
     * Substitution {@code %1$s} was made at half-time: both sources label it the second half's first minute, 46' without stoppage
     * time (StatsBomb's clock restarts at 45:00, the World Cup data writes 46'), so a change in that minute counts as one.
     */
    private static final String AT_HALF_TIME = "%1$s.period = 'second half' AND %1$s.minute = 46 AND coalesce(%1$s.stoppage, 0) = 0";
    static final String SUBSTITUTES = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(s:Substitution {comingOn: true})-[:BY_PLAYER]->(p:Player)
            WHERE %s AND ($atHalfTime = '' OR %s)
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("s"), AT_HALF_TIME.formatted("s"));
    /** The players taken off in a match, of the side named or both. */
    static final String SUBSTITUTED_OFF = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(s:Substitution {goingOff: true})-[:BY_PLAYER]->(p:Player)
            WHERE %s AND ($atHalfTime = '' OR %s)
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """.formatted(ON_SIDE.formatted("s"), AT_HALF_TIME.formatted("s"));
    /**
     * Who came on for the player named: StatsBomb writes one substitution as an "/off" and an "/on" event of the same id;
     * another source's substitutions pair by team, period and minute. Answers only when exactly one player fits.
     */
    static final String REPLACEMENT = """
            MATCH (m:Match {matchId: $match})<-[:IN_MATCH]-(off:Substitution {goingOff: true})-[:BY_PLAYER]->(:Player {playerId: $player})
            MATCH (m)<-[:IN_MATCH]-(on:Substitution {comingOn: true})-[:BY_PLAYER]->(p:Player)
            WHERE CASE WHEN off.substitutionId ENDS WITH '/off'
                       THEN on.substitutionId = left(off.substitutionId, size(off.substitutionId) - 4) + '/on'
                       ELSE on.minute = off.minute AND coalesce(on.stoppage, 0) = coalesce(off.stoppage, 0)
                            AND coalesce(on.period, 0) = coalesce(off.period, 0)
                            AND EXISTS { (on)-[:FOR_TEAM]->(t:Team)<-[:FOR_TEAM]-(off) } END
              AND ($side = '' OR EXISTS { (off)-[:FOR_TEAM]->(:Team {teamId: $side}) })
              AND ($atHalfTime = '' OR %s)
            WITH m, collect(DISTINCT p) AS ps WHERE size(ps) = 1
            RETURN ps[0].name AS value, [m, ps[0]] AS evidence
            """.formatted(AT_HALF_TIME.formatted("off"));
    /**
     * The starters of a match at the squad position asked ($position: goal keeper, defender, midfielder, forward) or at a finer
     * one (the lower-case end of the position's name: "center forward", "left back", "center back" for "Right Center Back"), from
     * StatsBomb's Starting XI positions ("Goalkeeper", "Right Back", "Left Center Midfield", "Center Forward", "Right Wing"), of
     * the side named or both.
     */
    static final String STARTERS_AT_POSITION = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament), (p:Player)-[r:PLAYED_IN]->(m)
            WHERE r.started AND CASE $position WHEN 'goal keeper' THEN r.position = 'Goalkeeper'
                                               WHEN 'defender' THEN r.position ENDS WITH 'Back'
                                               WHEN 'midfielder' THEN r.position CONTAINS 'Midfield'
                                               WHEN 'forward' THEN r.position CONTAINS 'Forward' OR r.position ENDS WITH 'Wing'
                                               ELSE $position <> '' AND toLower(r.position) ENDS WITH $position END
              AND ($side = '' OR EXISTS { (p)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(:Team {teamId: $side}) })
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    /** The members of a side's squad who did not play in the match: squad members of its tournament without a line-up entry. */
    static final String UNUSED_PLAYERS = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament), (t:Team {teamId: $side})-[:PARTICIPATED_IN]->(m)
            MATCH (p:Player)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(t)
            WHERE NOT EXISTS { (p)-[:PLAYED_IN]->(m) }
            RETURN DISTINCT p.name AS value, [m, p] AS evidence
            """;
    /** The number the player named wore in the match (StatsBomb line-ups). */
    static final String SHIRT_IN_MATCH = """
            MATCH (p:Player {playerId: $player})-[r:PLAYED_IN]->(m:Match {matchId: $match})
            WHERE r.jerseyNumber IS NOT NULL
            RETURN toString(r.jerseyNumber) AS value, [m, p] AS evidence
            """;
    /** The goals the player named scored in the match (own goals are no goals of his). */
    static final String PLAYER_GOALS_IN_MATCH = """
            MATCH (p:Player {playerId: $player}), (m:Match {matchId: $match})
            CALL (p, m) { MATCH (m)<-[:IN_MATCH]-(g:Goal)-[:BY_PLAYER]->(p) WHERE NOT coalesce(g.ownGoal, false) RETURN count(g) AS n }
            RETURN n AS value, [m, p] AS evidence
            """;
    /** The manager of the side named in the match: its manager in the match's tournament, only when the source names one. */
    static final String MANAGER_IN_MATCH = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament), (t:Team {teamId: $side})-[:PARTICIPATED_IN]->(m)
            MATCH (mg:Manager)-[:MANAGED {tournamentId: x.tournamentId}]->(t)
            WITH m, t, collect(DISTINCT mg) AS mgs WHERE size(mgs) = 1
            RETURN mgs[0].name AS value, [m, t, mgs[0]] AS evidence
            """;
    /** A side's starting formation as StatsBomb writes it ("433"), when the source records it. */
    static final String FORMATION = """
            MATCH (t:Team {teamId: $side})-[r:PARTICIPATED_IN]->(m:Match {matchId: $match})
            WHERE r.formation IS NOT NULL
            RETURN toString(r.formation) AS value, [m, t] AS evidence
            """;
    /** The competition a match was played in, as the graph names it ("UEFA Euro"). */
    static final String COMPETITION = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament)-[:IN_COMPETITION]->(c:Competition)
            RETURN c.name AS value, [m, c] AS evidence
            """;
    static final String VENUE = """
            MATCH (m:Match {matchId: $match})-[:PLAYED_AT]->(s:Stadium)
            RETURN s.name AS value, [m, s] AS evidence
            """;
    static final String CITY = """
            MATCH (m:Match {matchId: $match})-[:PLAYED_AT]->(s:Stadium)
            RETURN s.city AS value, [m, s] AS evidence
            """;
    static final String DATE = """
            MATCH (m:Match {matchId: $match})
            RETURN m.date AS value, [m] AS evidence
            """;
    static final String REFEREE = """
            MATCH (r:Referee)-[:REFEREED]->(m:Match {matchId: $match})
            RETURN r.name AS value, [m, r] AS evidence
            """;

    static final String REFEREE_COUNTRY = """
            MATCH (r:Referee)-[:REFEREED]->(m:Match {matchId: $match}) WHERE r.country IS NOT NULL
            RETURN r.country AS value, [m, r] AS evidence
            """;

    private MatchTemplates() {}

    static List<Template> all() {
        Set<Slot> m = Set.of(MATCH);
        return List.of(
                Template.query("match_score", m, MATCH_SCORE, "What was the score of Team against Team at the Year World Cup?",
                        "How did Team vs Team end in Year?", "What was the result of the Year final?",
                        "By what score did Team beat Team in Year?", "What was the final score of the Year World Cup final?"),
                Template.query("match_winner", m, WINNER, "Who won Team against Team at the Year World Cup?",
                        "Which team won the match between Team and Team in Year?", "Who won the Year semi-final between Team and Team?"),
                Template.set("match_scorers", m, SCORERS, "Who scored in Team against Team in Year?",
                        "Who were the goalscorers of the Year final?", "Which players scored in the match Team vs Team in Year?")
                        .requiring(Preconditions.GOALS_RECORDED, Preconditions.NO_GOALS),
                Template.query("own_goal_scorers_in_match", m, OWN_GOAL_SCORERS, "Who scored an own goal in Team vs Team in Year?",
                        "Which player put the ball into his own net in Team against Team in Year?", "Who scored own goals in the Year final?")
                        .requiring(Preconditions.GOALS_RECORDED, Preconditions.NO_GOALS),
                Template.query("sent_off_in_match", m, SENT_OFF, "Who was sent off in Team vs Team in Year?",
                        "Which players got a red card in Team against Team in Year?", "Who was sent off in the Year final?")
                        .requiring(Preconditions.MATCH_BOOKINGS_RECORDED, Preconditions.NO_MATCH_BOOKINGS),
                Template.query("cards_in_match", m, CARDS, "How many yellow cards were shown in Team vs Team in Year?",
                        "How many cards were there in the Year final?", "How many red cards in Team against Team in Year?",
                        "How many bookings in the match between Team and Team in Year?")
                        .requiring(Preconditions.MATCH_BOOKINGS_RECORDED, Preconditions.NO_MATCH_BOOKINGS),
                Template.set("substitutes_in_match", m, SUBSTITUTES, "Who came on as a substitute in Team vs Team in Year?",
                        "Which players were brought on in Team against Team in Year?", "Who came off the bench in the Year final?")
                        .requiring(Preconditions.SUBSTITUTIONS_RECORDED, Preconditions.NO_SUBSTITUTIONS),
                Template.set("substituted_off_in_match", m, SUBSTITUTED_OFF, "Who was substituted off in Team vs Team in Year?",
                        "Which Team players were taken off against Team?", "Who came off in the Year final?")
                        .requiring(Preconditions.SUBSTITUTIONS_RECORDED, Preconditions.NO_SUBSTITUTIONS),
                Template.query("replacement_in_match", Set.of(MATCH, Slot.PLAYER), REPLACEMENT, "Who replaced Player in Team vs Team?",
                        "Who came on for Player against Team?", "Which player was brought on in place of Player in the Year final?",
                        "Who took the place of Player in Team against Team?")
                        .requiring(Preconditions.SUBSTITUTIONS_RECORDED, Preconditions.NO_SUBSTITUTIONS),
                Template.set("penalty_scorers_in_match", m, PENALTY_SCORERS, "Who scored the penalty in Team vs Team in Year?",
                        "Which player converted a penalty for Team against Team?", "Who scored from the spot in the Year final?")
                        .requiring(Preconditions.GOALS_RECORDED, Preconditions.NO_GOALS),
                Template.query("team_goals_in_match", Set.of(MATCH, Slot.TEAM), TEAM_GOALS, "How many goals did Team score against Team?",
                        "How many times did Team score against Team in Year?", "How many goals did Team get in the Year final?"),
                Template.query("winning_goal_scorer", m, WINNING_GOAL_SCORER, "Who scored the winning goal in Team vs Team in Year?",
                        "Who got the winner in the Year final?", "Whose goal decided Team against Team?")
                        .requiring(Preconditions.GOALS_RECORDED, Preconditions.NO_GOALS),
                Template.query("match_goals", m, MATCH_GOALS, "How many goals were scored in Team vs Team in Year?",
                        "How many goals were there in the Year final?", "What was the total number of goals in Team against Team?"),
                Template.query("match_stage", m, STAGE, "In which round did Team play Team at the Year World Cup?",
                        "At what stage did Team meet Team in Year?", "In which round was Team against Team in Year?"),
                Template.query("substitutions_in_match", m, SUBSTITUTION_COUNT, "How many substitutions did Team make against Team?",
                        "How many subs were made in Team vs Team in Year?", "How many players came off the bench in the Year final?")
                        .requiring(Preconditions.SUBSTITUTIONS_RECORDED, Preconditions.NO_SUBSTITUTIONS),
                Template.query("match_venue", m, VENUE, "Where was Team vs Team played in Year?", "In which stadium was the Year final played?",
                        "At what venue did Team play Team in Year?", "Which stadium hosted the Year World Cup final?"),
                Template.query("match_city", m, CITY, "In which city was Team vs Team played in Year?", "Which city hosted the Year final?"),
                Template.query("match_date", m, DATE, "When did Team play Team at the Year World Cup?", "On what date was the Year final?",
                        "On what date did Team host Team in Year?",
                        "What day was Team against Team in Year?", "When was Team v Team played?"),
                Template.query("match_referee", m, REFEREE, "Who refereed Team vs Team in Year?", "Who was the referee of the Year final?",
                        "Which official took charge of Team against Team in Year?"),
                Template.query("referee_country_in_match", m, REFEREE_COUNTRY, "Which country was the referee of the Year final from?",
                        "What nationality was the referee of Team vs Team?", "Where did the referee of Team against Team in Year come from?"),
                Template.query("final_teams", m, TEAMS, "Which teams played in the Year final?", "Who played in the World Cup final in Year?",
                        "Which two teams contested the Year World Cup final?"),
                Template.query("shootout_winner", m, SHOOTOUT_WINNER, "Who won the penalty shoot-out between Team and Team in Year?",
                        "Which team won on penalties in Team vs Team in Year?", "Who won the shoot-out in the Year final?"),
                Template.set("shootout_misses", m, SHOOTOUT_MISSES, "Who missed in the penalty shoot-out between Team and Team in Year?",
                        "Which players missed their kicks in the shoot-out of the Year final?", "Whose penalty was saved in the shoot-out?")
                        .requiring(Preconditions.SHOOTOUT_PLAYED, Preconditions.NO_SHOOTOUT),
                Template.set("shootout_scorers", m, SHOOTOUT_SCORERS, "Who scored in the penalty shoot-out between Team and Team in Year?",
                        "Which players scored their kicks in the shoot-out of the Year final?", "Whose penalty was converted in the shoot-out?")
                        .requiring(Preconditions.SHOOTOUT_PLAYED, Preconditions.NO_SHOOTOUT),
                Template.query("match_opponent", Set.of(MATCH, Slot.TEAM), OPPONENT, "Who did Team beat in the Year final?",
                        "Which team did Team play in the Year semi-final?", "Who did Team lose to in the Year quarter-final?",
                        "Against whom did Team play the Year final?"),
                Template.query("first_scorer_in_match", m, FIRST_SCORER, "Who scored the first goal of the Year final?",
                        "Who scored the first goal in Team vs Team in Year?", "Who scored the opening goal of Team against Team?"),
                Template.set("booked_in_match", m, BOOKED, "Who was booked in Team vs Team in Year?",
                        "Which players got a yellow card in the Year final?", "Which players were shown cards in Team against Team?")
                        .requiring(Preconditions.MATCH_BOOKINGS_RECORDED, Preconditions.NO_MATCH_BOOKINGS),
                Template.query("starters_in_match", m, STARTERS, "Who started for Team against Team?",
                        "Which players were in the starting line-up of Team vs Team?", "What was Team's starting eleven against Team?")
                        .requiring(Preconditions.LINEUPS_RECORDED, Preconditions.NO_LINEUPS),
                Template.query("starters_at_position_in_match", m, STARTERS_AT_POSITION, "Who was in goal for Team against Team?",
                        "Who started in goal for Team against Team?", "Who was Team's goalkeeper against Team?",
                        "Which goalkeeper started for Team in Team vs Team?", "Who kept goal for Team against Team?",
                        "Which defenders started for Team against Team?")
                        .requiring(Preconditions.POSITIONS_RECORDED, Preconditions.NO_POSITIONS),
                Template.set("unused_players_in_match", m, UNUSED_PLAYERS, "Which Team squad players did not get on the pitch against Team?",
                        "Which Team players were unused substitutes against Team?", "Who stayed on the bench for Team against Team?",
                        "Which Team players did not play against Team?")
                        .requiring(Preconditions.SQUAD_LISTED, Preconditions.NO_SQUAD_LISTED),
                Template.query("player_shirt_in_match", Set.of(MATCH, Slot.PLAYER), SHIRT_IN_MATCH,
                        "What shirt number did Player wear against Team?", "What number did Player wear in Team vs Team?",
                        "Which jersey number did Player have against Team?")
                        .requiring(Preconditions.LINEUPS_RECORDED, Preconditions.NO_LINEUPS),
                Template.set("number_in_match", m, NUMBER_IN_MATCH, "Who wore number 10 for Team against Team?",
                        "Which Team player had the number 9 shirt against Team?", "Who played in the number 7 jersey for Team in Team vs Team?")
                        .requiring(Preconditions.LINEUPS_RECORDED, Preconditions.NO_LINEUPS),
                Template.query("player_goals_in_match", Set.of(MATCH, Slot.PLAYER), PLAYER_GOALS_IN_MATCH,
                        "How many goals did Player score against Team?", "How many times did Player score in Team vs Team?",
                        "How many goals did Player get against Team?")
                        .requiring(Preconditions.GOALS_RECORDED, Preconditions.NO_GOALS),
                Template.query("manager_in_match", m, MANAGER_IN_MATCH, "Who was Team's manager against Team?",
                        "Who managed Team against Team?", "Who was the coach of Team in Team vs Team?",
                        "Who was in charge of Team for the game against Team?"),
                Template.query("formation_in_match", m, FORMATION, "What formation did Team play against Team?",
                        "Which formation did Team use in Team vs Team?", "How did Team line up against Team?"),
                Template.query("match_competition", m, COMPETITION, "What competition was the Team v Team match part of?",
                        "In which competition did Team play Team?", "Which competition was Team against Team played in?"),
                Template.query("half_time_score", m, HALF_TIME_SCORE, "What was the half-time score of Team vs Team?",
                        "What was the score at half-time in Team against Team in Year?", "How did Team and Team stand at the break?",
                        "What was the score at the interval of the Year final?"),
                Template.query("shootout_score", m, SHOOTOUT_SCORE, "What was the penalty shoot-out score of Team against Team in Year?",
                        "How did the shoot-out between Team and Team end in Year?", "What was the score on penalties in the Year final?"));
    }
}
