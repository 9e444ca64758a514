package dev.groundwork.ingest.sports;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.WriteStatement;

import java.util.List;
import java.util.Set;

/**
 * The statements the sports ingestors write with, one constant per node label and relationship
 * type of {@code ontologies/sports.ttl}. Labels and types are constants of this class, never input.
 */
final class SportsStatements {
    static final WriteStatement COMPETITION = WriteStatement.mergeNode("Competition", "competitionId");
    static final WriteStatement TOURNAMENT = WriteStatement.mergeNode("Tournament", "tournamentId");
    static final WriteStatement TEAM = WriteStatement.mergeNode("Team", "teamId");
    static final WriteStatement PLAYER = WriteStatement.mergeNode("Player", "playerId");
    static final WriteStatement STADIUM = WriteStatement.mergeNode("Stadium", "stadiumId");
    static final WriteStatement REFEREE = WriteStatement.mergeNode("Referee", "refereeId");
    static final WriteStatement MANAGER = WriteStatement.mergeNode("Manager", "managerId");
    static final WriteStatement GROUP = WriteStatement.mergeNode("Group", "groupId");
    static final WriteStatement AWARD = WriteStatement.mergeNode("Award", "awardId");

    static final WriteStatement IN_COMPETITION = link("Tournament", "tournamentId", "IN_COMPETITION", "Competition", "competitionId");
    static final WriteStatement PARTICIPATED_IN = link("Team", "teamId", "PARTICIPATED_IN", "Match", "matchId");
    static final WriteStatement REFEREED = link("Referee", "refereeId", "REFEREED", "Match", "matchId");
    static final WriteStatement QUALIFIED_FOR = link("Team", "teamId", "QUALIFIED_FOR", "Tournament", "tournamentId");
    static final WriteStatement FINISHED = link("Team", "teamId", "FINISHED", "Tournament", "tournamentId");
    static final WriteStatement HOSTED = link("Team", "teamId", "HOSTED", "Tournament", "tournamentId");
    static final WriteStatement GROUP_OF = link("Group", "groupId", "GROUP_OF", "Tournament", "tournamentId");
    static final WriteStatement IN_GROUP = link("Team", "teamId", "IN_GROUP", "Group", "groupId");
    // A player joins the same team's squad at several tournaments, a manager leads it at several:
    // one relationship per tournament, so these are merged on the tournament as well.
    static final WriteStatement MEMBER_OF = perTournament("Player", "playerId", "MEMBER_OF", "Team", "teamId");
    static final WriteStatement MANAGED = perTournament("Manager", "managerId", "MANAGED", "Team", "teamId");
    static final WriteStatement WON_AWARD = perTournament("Player", "playerId", "WON_AWARD", "Award", "awardId");

    // Events are written with their links in one statement: one pass over the batch instead of four.
    static final WriteStatement GOAL_EVENT = event("Goal", "goalId");
    static final WriteStatement BOOKING_EVENT = event("Booking", "bookingId");
    static final WriteStatement SUBSTITUTION_EVENT = event("Substitution", "substitutionId");
    static final WriteStatement PENALTY_KICK_EVENT = event("PenaltyKick", "penaltyKickId");
    static final WriteStatement SHOT_EVENT = event("Shot", "shotId");
    /** A player's appearance in a match (lineups): jersey number, started, and event tallies (passes, shots, xG). */
    static final WriteStatement PLAYED_IN = link("Player", "playerId", "PLAYED_IN", "Match", "matchId");

    // A record another source already holds (cross-source merge): only the second source's id is
    // added; names, scores, links and the first source's provenance stay as they were.
    static final WriteStatement TEAM_ALIAS = alias("Team", "teamId");
    static final WriteStatement PLAYER_ALIAS = alias("Player", "playerId");
    static final WriteStatement MATCH_ALIAS = alias("Match", "matchId");
    static final WriteStatement TOURNAMENT_ALIAS = alias("Tournament", "tournamentId");
    /** A match with its tournament, home and away teams, venue, and winner and loser when it has them. */
    static final WriteStatement MATCH_WITH_LINKS = withLinks("Match", "matchId", List.of(
            new Link("IN_TOURNAMENT", "Tournament", "tournamentId", "tournament"), new Link("HOME_TEAM", "Team", "teamId", "home"),
            new Link("AWAY_TEAM", "Team", "teamId", "away"), new Link("PLAYED_AT", "Stadium", "stadiumId", "stadium"),
            new Link("WINNER", "Team", "teamId", "winner"), new Link("LOSER", "Team", "teamId", "loser")));

    private SportsStatements() {}

    /** An outgoing link of a node to the node of {@code label} whose {@code key} is {@code row.<field>}; none when that is null. */
    record Link(String type, String label, String key, String field) {}

    private static WriteStatement event(String label, String key) {
        return withLinks(label, key, List.of(new Link("IN_MATCH", "Match", "matchId", "match"),
                new Link("BY_PLAYER", "Player", "playerId", "player"), new Link("FOR_TEAM", "Team", "teamId", "team")));
    }

    /**
     * Merges a node as {@link WriteStatement#mergeNode} does and its outgoing links as
     * {@link WriteStatement#mergeRelationship} does (placeholders for missing ends), in one pass.
     */
    static WriteStatement withLinks(String label, String key, List<Link> links) {
        StringBuilder cypher = new StringBuilder(WriteStatement.mergeNode(label, key).cypher());
        Set<String> labels = new java.util.TreeSet<>(Set.of(label));
        Set<String> types = new java.util.TreeSet<>();
        for (Link l : links) {
            cypher.append("""
                    FOREACH (_ IN CASE WHEN row.%4$s IS NULL THEN [] ELSE [1] END |
                      MERGE (o:%2$s {%3$s: row.%4$s}) ON CREATE SET %5$s, o.placeholder = true
                      MERGE (n)-[r:%1$s]->(o) ON CREATE SET %6$s
                      SET %7$s)
                    """.formatted(l.type(), l.label(), l.key(), l.field(), Provenance.created("o"), Provenance.created("r"),
                    Provenance.written("r")));
            labels.add(l.label());
            types.add(l.type());
        }
        return new WriteStatement("merge " + label + " with links", cypher.toString(), labels, types);
    }

    private static WriteStatement alias(String label, String key) {
        String cypher = """
                UNWIND $rows AS row
                MATCH (n:%1$s {%2$s: row.key})
                WITH n, row
                %4$s
                SET n += row.props, n.%3$s = $run
                """.formatted(label, key, Provenance.LAST_RUN, WriteStatement.journalNode(label, key));
        return new WriteStatement("alias " + label, cypher, Set.of(label), Set.of());
    }

    private static WriteStatement link(String from, String fromKey, String type, String to, String toKey) {
        return WriteStatement.mergeRelationship(from, fromKey, type, to, toKey);
    }

    /** As {@link WriteStatement#mergeRelationship}, one relationship per {@code row.tournament}. */
    private static WriteStatement perTournament(String from, String fromKey, String type, String to, String toKey) {
        return WriteStatement.mergeRelationshipPer(from, fromKey, type, to, toKey, "tournamentId", "tournament");
    }
}
