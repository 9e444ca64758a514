package dev.groundwork.query.sports;

/** What the data must hold before some templates can answer; Cypher returning one boolean {@code ok}. */
final class Preconditions {
    static final String BOOKINGS_RECORDED = """
            MATCH (x:Tournament {tournamentId: $tournament})
            RETURN EXISTS { (x)<-[:IN_TOURNAMENT]-(:Match)<-[:IN_MATCH]-(:Booking) } AS ok
            """;
    static final String NO_BOOKINGS = "the data has no bookings for that tournament (they are recorded from 1970 on)";
    /** As {@link #BOOKINGS_RECORDED} for the tournament of the match found, however the question named it. */
    static final String MATCH_BOOKINGS_RECORDED = recordedInTheMatchsTournament("Booking");
    static final String NO_MATCH_BOOKINGS = "the data has no bookings for that match's competition (the World Cup database records them"
            + " from 1970 on; openfootball league data holds scores only)";
    /** A match with goals on the scoreboard has its goals recorded (openfootball league data has scores only). */
    static final String GOALS_RECORDED = """
            MATCH (m:Match {matchId: $match})
            RETURN coalesce(m.homeScore, 0) + coalesce(m.awayScore, 0) = 0 OR EXISTS { (m)<-[:IN_MATCH]-(:Goal) } AS ok
            """;
    static final String NO_GOALS = "the data records that match's score but not who scored (openfootball league data holds scores only)";
    static final String SUBSTITUTIONS_RECORDED = recordedInTheMatchsTournament("Substitution");
    static final String NO_SUBSTITUTIONS = "the data has no substitutions for that match's competition (openfootball league data holds"
            + " scores only)";
    // A World Cup records who qualified; a league season or a StatsBomb competition only who played its matches.
    static final String TEAM_TOOK_PART = """
            RETURN EXISTS { (:Team {teamId: $team})-[:QUALIFIED_FOR]->(:Tournament {tournamentId: $tournament}) }
                OR EXISTS { (:Team {teamId: $team})-[:PARTICIPATED_IN]->(:Match)-[:IN_TOURNAMENT]->(:Tournament {tournamentId: $tournament}) }
                AS ok
            """;
    static final String TEAM_ABSENT = "the team named did not take part in that tournament";
    static final String PLAYER_TOOK_PART = """
            RETURN EXISTS { (:Player {playerId: $player})-[:MEMBER_OF {tournamentId: $tournament}]->(:Team) } AS ok
            """;
    static final String PLAYER_ABSENT = "the player named was in no squad at that tournament";

    static final String LINEUPS_RECORDED = """
            MATCH (m:Match {matchId: $match})
            RETURN EXISTS { (m)<-[:PLAYED_IN]-(:Player) } AS ok
            """;
    static final String NO_LINEUPS = "the data has no line-ups for that match (StatsBomb records them; the World Cup database and"
            + " openfootball do not)";

    /** The match's line-ups give positions (StatsBomb's Starting XI event); the World Cup data and openfootball have none. */
    static final String POSITIONS_RECORDED = """
            MATCH (m:Match {matchId: $match})
            RETURN EXISTS { (m)<-[r:PLAYED_IN]-(:Player) WHERE r.position IS NOT NULL } AS ok
            """;
    static final String NO_POSITIONS = "the data has no line-up positions for that match (StatsBomb's Starting XI gives them; the World"
            + " Cup database and openfootball do not)";
    /**
     * The side named has line-ups for the match and a squad that lists more players than played: only then do the squad
     * members without a line-up entry stand for the unused players (a league season's squad is only the players who played).
     */
    static final String SQUAD_LISTED = """
            MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament)
            RETURN $side <> '' AND EXISTS { (m)<-[:PLAYED_IN]-(:Player)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(:Team {teamId: $side}) }
                AND EXISTS { (p:Player)-[:MEMBER_OF {tournamentId: x.tournamentId}]->(:Team {teamId: $side}) WHERE NOT EXISTS { (p)-[:PLAYED_IN]->(m) } }
                AS ok
            """;
    static final String NO_SQUAD_LISTED = "the data lists no squad players beyond those who played in that match for the side asked"
            + " about (name the team), so who stayed unused is not recorded";

    /** The match was decided by a penalty shoot-out: "who missed in the shoot-out" of a match without one has a false premise. */
    static final String SHOOTOUT_PLAYED = """
            MATCH (m:Match {matchId: $match})
            RETURN coalesce(m.penaltyShootout, false) AS ok
            """;
    static final String NO_SHOOTOUT = "that match was not decided by a penalty shoot-out";

    private Preconditions() {}

    /** Whether any match of the found match's tournament has an event of {@code label}: the source records such events. */
    private static String recordedInTheMatchsTournament(String label) {
        return """
                MATCH (m:Match {matchId: $match})-[:IN_TOURNAMENT]->(x:Tournament)
                RETURN EXISTS { (x)<-[:IN_TOURNAMENT]-(:Match)<-[:IN_MATCH]-(:%s) } AS ok
                """.formatted(label);
    }
}
