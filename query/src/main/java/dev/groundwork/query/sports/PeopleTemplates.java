package dev.groundwork.query.sports;

import java.util.List;
import java.util.Set;

import static dev.groundwork.query.sports.Slot.PERSON;
import static dev.groundwork.query.sports.Slot.TOURNAMENT;

/**
 * Templates about a referee or a manager named in the question ({@code $person}): the World Cup matches a referee took
 * charge of, the teams a manager led at a tournament, the World Cups he managed at. Stateless.
 */
final class PeopleTemplates {
    private static final String REFEREE_MATCHES = """
            MATCH (r:Referee {refereeId: $person})
            CALL (r) {
              MATCH (r)-[:REFEREED]->(m:Match)-[:IN_TOURNAMENT]->(x:Tournament)
              WHERE %s AND ($stage = '' OR m.stage = $stage)
              RETURN count(m) AS n
            }
            RETURN n AS value, [r] AS evidence
            """;
    static final String REFEREE_MATCHES_ALL_TIME = REFEREE_MATCHES.formatted(Names.IS_WORLD_CUP);
    static final String REFEREE_MATCHES_IN_TOURNAMENT = REFEREE_MATCHES.formatted("x.tournamentId = $tournament");
    static final String MANAGER_TEAMS = """
            MATCH (mg:Manager {managerId: $person})-[:MANAGED {tournamentId: $tournament}]->(t:Team)
            RETURN t.name AS value, [mg, t] AS evidence
            """;
    /** The teams a manager led at any World Cup ("Which national teams did Guus Hiddink manage?"). */
    static final String MANAGER_ALL_TEAMS = """
            MATCH (mg:Manager {managerId: $person})-[r:MANAGED]->(t:Team), (x:Tournament {tournamentId: r.tournamentId})
            WHERE %s
            RETURN DISTINCT t.name AS value, [mg, t] AS evidence
            """.formatted(Names.IS_WORLD_CUP);
    /**
     * The World Cups a manager led a team at, any team or the one named ($team): a Euro or a league season a StatsBomb match
     * file names him at is no World Cup.
     */
    private static final String MANAGER_TOURNAMENT_COUNT = """
            MATCH (mg:Manager {managerId: $person})
            CALL (mg) {
              MATCH (mg)-[r:MANAGED]->(t:Team), (x:Tournament {tournamentId: r.tournamentId})
              WHERE %s AND %s
              RETURN count(DISTINCT r.tournamentId) AS n
            }
            RETURN n AS value, [mg] AS evidence
            """;
    static final String MANAGER_TOURNAMENTS = MANAGER_TOURNAMENT_COUNT.formatted(Names.IS_WORLD_CUP, "true");
    static final String MANAGER_TOURNAMENTS_WITH_TEAM = MANAGER_TOURNAMENT_COUNT.formatted(Names.IS_WORLD_CUP, "t.teamId = $team");

    private PeopleTemplates() {}

    static List<Template> all() {
        return List.of(
                Template.query("referee_match_count", Set.of(PERSON), REFEREE_MATCHES_ALL_TIME, "How many World Cup matches did Referee referee?",
                        "In how many World Cup games was Referee the referee?", "How many matches has Referee officiated at World Cups?"),
                Template.query("referee_match_count_in_tournament", Set.of(PERSON, TOURNAMENT), REFEREE_MATCHES_IN_TOURNAMENT,
                        "How many matches did Referee referee at the Year World Cup?", "How many games did Referee officiate in Year?"),
                Template.query("manager_teams", Set.of(PERSON, TOURNAMENT), MANAGER_TEAMS, "Which team did Manager manage at the Year World Cup?",
                        "Who did Manager coach in Year?", "Which country was Manager in charge of at the World Cup in Year?"),
                Template.query("manager_all_teams", Set.of(PERSON), MANAGER_ALL_TEAMS, "Which teams has Manager managed at World Cups?",
                        "Which national teams did Manager coach?", "What countries has Manager been in charge of?"),
                Template.query("manager_tournament_count", Set.of(PERSON), MANAGER_TOURNAMENTS, "How many World Cups did Manager manage at?",
                        "At how many World Cups was Manager a head coach?", "How many tournaments did Manager coach at?"),
                Template.query("manager_team_tournament_count", Set.of(PERSON, Slot.TEAM), MANAGER_TOURNAMENTS_WITH_TEAM,
                        "How many World Cups did Manager manage Team at?", "At how many World Cups did Manager coach Team?",
                        "How many tournaments was Manager in charge of Team at?"));
    }
}
