package dev.groundwork.query.sports;

/** What the data must hold before some templates can answer; Cypher returning one boolean {@code ok}. */
final class Preconditions {
    static final String BOOKINGS_RECORDED = """
            MATCH (x:Tournament {tournamentId: $tournament})
            RETURN EXISTS { (x)<-[:IN_TOURNAMENT]-(:Match)<-[:IN_MATCH]-(:Booking) } AS ok
            """;
    static final String NO_BOOKINGS = "the data has no bookings for that tournament (they are recorded from 1970 on)";
    static final String TEAM_TOOK_PART = """
            RETURN EXISTS { (:Team {teamId: $team})-[:QUALIFIED_FOR]->(:Tournament {tournamentId: $tournament}) } AS ok
            """;
    static final String TEAM_ABSENT = "the team named did not take part in that tournament";
    static final String PLAYER_TOOK_PART = """
            RETURN EXISTS { (:Player {playerId: $player})-[:MEMBER_OF {tournamentId: $tournament}]->(:Team) } AS ok
            """;
    static final String PLAYER_ABSENT = "the player named was in no squad at that tournament";

    private Preconditions() {}
}
