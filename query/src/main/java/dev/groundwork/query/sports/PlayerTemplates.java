package dev.groundwork.query.sports;

import java.util.List;
import java.util.Set;

import static dev.groundwork.query.sports.Slot.PLAYER;
import static dev.groundwork.query.sports.Slot.TOURNAMENT;

/** Templates about players: goals, hat-tricks, squads and scorers' rankings. Own goals never count as a player's goals. */
final class PlayerTemplates {
    private static final String PLAYER_GOALS = """
            MATCH (p:Player {playerId: $player})
            CALL (p) {
              MATCH (p)<-[:BY_PLAYER]-(g:Goal {ownGoal: false})-[:IN_MATCH]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s AND ($stage = '' OR m.stage = $stage)
              RETURN count(g) AS n
            }
            RETURN n AS value, [p] AS evidence
            """;
    static final String GOALS_IN_TOURNAMENT = PLAYER_GOALS.formatted("x.tournamentId = $tournament");
    static final String GOALS_ALL_TIME = PLAYER_GOALS.formatted(Names.IS_WORLD_CUP);
    static final String PENALTY_GOALS = PLAYER_GOALS.formatted("g.penalty AND " + Names.IS_WORLD_CUP);
    static final String PENALTY_GOALS_IN_TOURNAMENT = PLAYER_GOALS.formatted("g.penalty AND x.tournamentId = $tournament");
    static final String SCORING_MATCHES = """
            MATCH (p:Player {playerId: $player})
            CALL (p) {
              MATCH (p)<-[:BY_PLAYER]-(:Goal {ownGoal: false})-[:IN_MATCH]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s
              RETURN count(DISTINCT m) AS n
            }
            RETURN n AS value, [p] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    static final String HAT_TRICKS = """
            MATCH (p:Player {playerId: $player})
            CALL (p) {
              MATCH (p)<-[:BY_PLAYER]-(g:Goal {ownGoal: false})-[:IN_MATCH]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s
              WITH m, count(g) AS goals WHERE goals >= 3
              RETURN count(m) AS n
            }
            RETURN n AS value, [p] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    static final String TOURNAMENTS = """
            MATCH (p:Player {playerId: $player})
            CALL (p) {
              MATCH (p)-[r:MEMBER_OF]->(:Team), (x:Tournament {tournamentId: r.tournamentId})
              WHERE %1$s
              RETURN count(DISTINCT r.tournamentId) AS n
            }
            RETURN n AS value, [p] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    /** The World Cups a player was in the squad of, by year. */
    static final String TOURNAMENT_YEARS = """
            MATCH (p:Player {playerId: $player})-[r:MEMBER_OF]->(:Team), (x:Tournament {tournamentId: r.tournamentId})
            WHERE %s
            RETURN DISTINCT toString(x.year) AS value, [p, x] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    /** The shirt number a player wore in a tournament's squad. */
    static final String SHIRT_NUMBER = """
            MATCH (p:Player {playerId: $player})-[r:MEMBER_OF {tournamentId: $tournament}]->(t:Team)
            WHERE r.shirtNumber IS NOT NULL
            RETURN toString(r.shirtNumber) AS value, [p, t] AS evidence
            """;
    static final String AWARDS_IN_TOURNAMENT = """
            MATCH (p:Player {playerId: $player})-[:WON_AWARD {tournamentId: $tournament}]->(a:Award)
            RETURN a.name AS value, [p, a] AS evidence
            """;
    static final String AWARD_COUNT = """
            MATCH (p:Player {playerId: $player}), (a:Award {awardId: $award})
            CALL (p, a) { MATCH (p)-[w:WON_AWARD]->(a) RETURN count(w) AS n }
            RETURN n AS value, [p, a] AS evidence
            """;
    /** The years of the tournaments at which a player won an award. */
    static final String AWARD_YEARS = """
            MATCH (p:Player {playerId: $player})-[w:WON_AWARD]->(a:Award {awardId: $award})
            MATCH (x:Tournament {tournamentId: w.tournamentId})
            RETURN toString(x.year) AS value, [p, a, x] AS evidence
            ORDER BY x.year
            """;
    /** A player's bookings at World Cups: yellow cards, sendings-off ($card red) or both. */
    static final String CARDS_ALL_TIME = """
            MATCH (p:Player {playerId: $player})
            CALL (p) {
              MATCH (p)<-[:BY_PLAYER]-(b:Booking)-[:IN_MATCH]->(:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s AND ($card = 'any' OR ($card = 'yellow' AND b.yellowCard) OR ($card = 'red' AND b.sendingOff))
              RETURN count(b) AS n
            }
            RETURN n AS value, [p] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    // The national team: a club squad (a league season) is not what "which country" asks.
    static final String TEAMS = """
            MATCH (p:Player {playerId: $player})-[r:MEMBER_OF]->(t:Team), (x:Tournament {tournamentId: r.tournamentId})
            WHERE %s
            RETURN DISTINCT t.name AS value, [p, t] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    // Ties on the most goals are all given; players are grouped by name, as a user names them. Filtered by %1$s; %2$s picks
    // the rows returned from the ranking (all): the top scorers, or the first alone for the top scorers' goal count.
    private static final String TOP_SCORERS = """
            MATCH (x:Tournament)<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(g:Goal {ownGoal: false})-[:BY_PLAYER]->(p:Player)
            WHERE %1$s AND ($stage = '' OR m.stage = $stage)
            WITH p.name AS name, count(g) AS goals, collect(DISTINCT p) AS players ORDER BY goals DESC
            WITH collect({name: name, goals: goals, players: players}) AS all
            UNWIND %2$s AS e
            RETURN %3$s AS value, e.players AS evidence
            """;
    private static final String TOP_NAMES = "[e IN all WHERE e.goals = all[0].goals]";
    static final String TOP_SCORERS_IN_TOURNAMENT = TOP_SCORERS.formatted("x.tournamentId = $tournament", TOP_NAMES, "e.name");
    /** How many goals a tournament's top scorer scored ("How many goals did the top scorer get in 2002?"). */
    static final String TOP_SCORER_GOALS = TOP_SCORERS.formatted("x.tournamentId = $tournament", "all[0..1]", "e.goals");
    /** The team a player was in the squad of at one tournament. */
    static final String TEAM_IN_TOURNAMENT = """
            MATCH (p:Player {playerId: $player})-[r:MEMBER_OF {tournamentId: $tournament}]->(t:Team)
            RETURN DISTINCT t.name AS value, [p, t] AS evidence
            """;
    /** A team's top scorers at a tournament ("Who scored the most goals for France at the 2018 World Cup?"). */
    static final String TEAM_TOP_SCORERS_IN_TOURNAMENT = TOP_SCORERS.formatted(
            "x.tournamentId = $tournament AND EXISTS { (g)-[:FOR_TEAM]->(:Team {teamId: $team}) }", TOP_NAMES, "e.name");
    /**
     * The scorer of a tournament's first goal: by the match's date and kick-off time, then the minute and stoppage time; goals
     * tied on all of them are all given.
     */
    static final String FIRST_SCORER_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(g:Goal)-[:BY_PLAYER]->(p:Player)
            WITH m, g, p, [m.date, coalesce(m.time, ''), g.minute, coalesce(g.stoppage, 0)] AS at ORDER BY at
            WITH collect({m: m, p: p, at: at}) AS all
            UNWIND [e IN all WHERE e.at = all[0].at] AS e
            RETURN e.p.name AS value, [e.m, e.p] AS evidence
            """;
    static final String TOP_SCORERS_ALL_TIME = TOP_SCORERS.formatted("x.gender = $gender AND " + Names.IS_WORLD_CUP, TOP_NAMES, "e.name");
    private static final String HAT_TRICKS_IN_TOURNAMENT = """
            MATCH (x:Tournament {tournamentId: $tournament})<-[:IN_TOURNAMENT]-(m:Match)<-[:IN_MATCH]-(g:Goal {ownGoal: false})-[:BY_PLAYER]->(p:Player)
            WHERE ($stage = '' OR m.stage = $stage)
            WITH m, p, count(g) AS goals WHERE goals >= 3
            """;
    static final String HAT_TRICK_COUNT = """
            MATCH (x:Tournament {tournamentId: $tournament})
            CALL (x) {
            %s  RETURN count(*) AS n
            }
            RETURN n AS value, [x] AS evidence
            """.formatted(HAT_TRICKS_IN_TOURNAMENT.replace("MATCH (x:Tournament {tournamentId: $tournament})", "MATCH (x)"));
    static final String HAT_TRICK_SCORERS = HAT_TRICKS_IN_TOURNAMENT + "RETURN DISTINCT p.name AS value, [p] AS evidence\n";

    private PlayerTemplates() {}

    static List<Template> all() {
        Set<Slot> p = Set.of(PLAYER);
        Set<Slot> pt = Set.of(PLAYER, TOURNAMENT);
        Set<Slot> t = Set.of(TOURNAMENT);
        return List.of(
                Template.query("top_scorer", t, TOP_SCORERS_IN_TOURNAMENT, "Who was the top scorer at the Year World Cup?",
                        "Who scored the most goals in Year?", "Who won the golden boot race at the World Cup in Year?",
                        "Which player was the leading goalscorer of the Year tournament?"),
                Template.query("all_time_top_scorer", Set.of(), TOP_SCORERS_ALL_TIME, "Who is the all-time top scorer of the World Cup?",
                        "Who has scored the most World Cup goals ever?", "Which player has the most goals in World Cup history?"),
                Template.query("player_goals_in_tournament", pt, GOALS_IN_TOURNAMENT, "How many goals did Player score at the Year World Cup?",
                        "How many times did Player score in Year?", "What was Player's goal tally at the World Cup in Year?").requiring(Preconditions.PLAYER_TOOK_PART, Preconditions.PLAYER_ABSENT),
                Template.query("player_total_goals", p, GOALS_ALL_TIME, "How many World Cup goals did Player score?",
                        "How many goals has Player scored at World Cups in total?", "What is Player's World Cup goal record?"),
                Template.query("player_penalty_goals", p, PENALTY_GOALS, "How many penalties did Player score at World Cups?",
                        "How many World Cup goals did Player score from the penalty spot?", "How many penalty goals does Player have?"),
                Template.query("player_penalty_goals_in_tournament", pt, PENALTY_GOALS_IN_TOURNAMENT,
                        "How many penalties did Player score at the Year World Cup?", "How many penalty goals did Player score in Year?").requiring(Preconditions.PLAYER_TOOK_PART, Preconditions.PLAYER_ABSENT),
                Template.query("player_scoring_matches", p, SCORING_MATCHES, "In how many World Cup matches did Player score?",
                        "How many games did Player score in?", "In how many different matches did Player find the net?"),
                Template.query("player_hat_tricks", p, HAT_TRICKS, "How many hat-tricks did Player score at World Cups?",
                        "How many World Cup hat-tricks does Player have?", "How often did Player score three goals in a match?"),
                Template.query("player_tournaments", p, TOURNAMENTS, "How many World Cups did Player take part in?",
                        "At how many World Cups was Player in the squad?", "How many tournaments did Player go to?"),
                Template.query("team_top_scorer_in_tournament", Set.of(Slot.TEAM, Slot.TOURNAMENT), TEAM_TOP_SCORERS_IN_TOURNAMENT,
                        "Who scored the most goals for Team at the Year World Cup?", "Who was Team's top scorer in Year?"),
                Template.query("first_scorer_in_tournament", Set.of(Slot.TOURNAMENT), FIRST_SCORER_IN_TOURNAMENT,
                        "Who scored the first goal of the Year World Cup?", "Who scored the opening goal of the Year tournament?"),
                Template.query("player_tournament_years", p, TOURNAMENT_YEARS, "In which World Cups did Player play?",
                        "Which World Cups was Player at?", "In what years did Player go to the World Cup?"),
                Template.query("player_shirt_number", pt, SHIRT_NUMBER, "What shirt number did Player wear at the Year World Cup?",
                        "Which number did Player have in Year?", "What was Player's squad number at the World Cup in Year?"),
                Template.query("player_awards_in_tournament", pt, AWARDS_IN_TOURNAMENT, "Which award did Player win at the Year World Cup?",
                        "What awards did Player receive in Year?"),
                Template.query("player_award_count", Set.of(PLAYER, Slot.AWARD), AWARD_COUNT, "How many times has Player won the Award?",
                        "How many Award trophies does Player have?"),
                Template.query("player_award_years", Set.of(PLAYER, Slot.AWARD), AWARD_YEARS, "In what year did Player win the Award?",
                        "When did Player win the Award?", "Which year was Player given the Award?"),
                Template.query("player_cards", p, CARDS_ALL_TIME, "How many times was Player sent off at World Cups?",
                        "How many yellow cards did Player get at World Cups?", "How many World Cup bookings does Player have?"),
                Template.query("top_scorer_goals", t, TOP_SCORER_GOALS, "How many goals did the top scorer get at the Year World Cup?",
                        "How many goals did the Year tournament's leading scorer score?", "What was the top scorer's tally in Year?"),
                Template.query("player_team_in_tournament", pt, TEAM_IN_TOURNAMENT, "Which country did Player play for at the Year World Cup?",
                        "What team was Player in at the Year tournament?", "For which nation did Player appear in Year?"),
                Template.query("player_team", p, TEAMS, "Which country did Player play for?", "What national team did Player represent?",
                        "For which team was Player selected at the World Cup?"),
                Template.query("hat_tricks_in_tournament", t, HAT_TRICK_COUNT, "How many hat-tricks were scored at the Year World Cup?",
                        "How many hat-tricks were there in Year?", "What was the number of hat-tricks at the World Cup in Year?"),
                Template.set("hat_trick_scorers", t, HAT_TRICK_SCORERS, "Who scored a hat-trick at the Year World Cup?",
                        "Which players scored hat-tricks in Year?", "Who got three goals in a game at the World Cup in Year?"));
    }
}
