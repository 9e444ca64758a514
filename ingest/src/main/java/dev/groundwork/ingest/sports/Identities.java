package dev.groundwork.ingest.sports;

import dev.groundwork.graph.store.GraphStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The teams, matches, players and World Cups already in the graph, so that a second source's
 * record of the same real thing lands on the same node (cross-source merge). The rules:
 * <ul>
 * <li>team: the same name after {@link NameKey} folding, when exactly one team has it;</li>
 * <li>match: the same date and the same two (resolved) teams, in either order;</li>
 * <li>player: a member of the same (resolved) team's squad at the same tournament whose name
 *     words are all among the other record's name words, when exactly one squad member fits;</li>
 * <li>World Cup: the same gender and year.</li>
 * </ul>
 * Read once before an ingest run; the ids the run itself creates are not looked up here. Not
 * thread-safe; one per ingest run.
 */
final class Identities {
    static final String TEAMS = "MATCH (t:Team) WHERE t.name IS NOT NULL RETURN t.teamId AS id, t.name AS name";
    static final String MATCHES = """
            MATCH (h:Team)<-[:HOME_TEAM]-(m:Match)-[:AWAY_TEAM]->(a:Team)
            WHERE m.date IS NOT NULL
            RETURN m.matchId AS id, m.date AS date, h.teamId AS home, a.teamId AS away
            """;
    static final String SQUADS = """
            MATCH (p:Player)-[r:MEMBER_OF]->(t:Team)
            WHERE p.name IS NOT NULL AND r.tournamentId IS NOT NULL
            RETURN p.playerId AS id, p.name AS name, t.teamId AS team, r.tournamentId AS tournament
            """;
    static final String WORLD_CUPS = """
            MATCH (x:Tournament)-[:IN_COMPETITION]->(c:Competition)
            WHERE c.competitionId STARTS WITH 'FIFA-WC-' AND x.year IS NOT NULL
            RETURN x.tournamentId AS id, x.gender AS gender, x.year AS year
            """;

    /** A squad member: the player's id and name words. */
    private record Member(String id, List<String> words) {}

    private final Map<String, List<String>> teamsByName = new HashMap<>();
    private final Set<String> teamIds = new java.util.HashSet<>();
    private final Map<String, String> matches = new HashMap<>();
    private final Map<String, List<Member>> squads = new HashMap<>();
    private final Map<String, String> worldCups = new HashMap<>();
    private final Map<String, Set<String>> merged = new TreeMap<>();

    /** The graph's identities now. */
    static Identities load(GraphStore store) {
        Identities ids = new Identities();
        store.read(tx -> {
            tx.run(TEAMS).forEachRemaining(r -> ids.addTeam(r.get("id").asString(), r.get("name").asString()));
            tx.run(MATCHES).forEachRemaining(r -> ids.matches.put(
                    matchKey(r.get("date").asString(), r.get("home").asString(), r.get("away").asString()), r.get("id").asString()));
            tx.run(SQUADS).forEachRemaining(r -> ids.squads.computeIfAbsent(r.get("team").asString() + "|" + r.get("tournament").asString(),
                    k -> new ArrayList<>()).add(new Member(r.get("id").asString(), NameKey.words(r.get("name").asString()))));
            tx.run(WORLD_CUPS).forEachRemaining(r -> ids.worldCups.put(r.get("gender").asString("") + "|" + r.get("year").asInt(),
                    r.get("id").asString()));
            return null;
        });
        return ids;
    }

    /** No identities: nothing merges (a first ingest into an empty graph). */
    static Identities none() {
        return new Identities();
    }

    void addTeam(String id, String name) {
        teamIds.add(id);
        teamsByName.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>()).add(id);
    }

    void addSquadMember(String teamId, String tournamentId, String playerId, String name) {
        squads.computeIfAbsent(teamId + "|" + tournamentId, k -> new ArrayList<>()).add(new Member(playerId, NameKey.words(name)));
    }

    /**
     * The id the team called {@code name} has in the graph: {@code ownId} when that node exists
     * already (same source), else the one other team with that name (a merge, counted), else {@code ownId}.
     */
    String team(String ownId, String name) {
        if (teamIds.contains(ownId)) {
            return ownId;
        }
        List<String> same = teamsByName.getOrDefault(NameKey.of(name), List.of());
        if (same.size() == 1) {
            return merged("teams", ownId, same.getFirst());
        }
        return ownId;
    }

    /** The match already recorded on {@code date} between the two teams (either order), if any; counted as merged. */
    Optional<String> match(String ownId, String date, String teamA, String teamB) {
        String id = matches.get(matchKey(date, teamA, teamB));
        if (id == null || id.equals(ownId)) {
            return Optional.empty();
        }
        return Optional.of(merged("matches", ownId, id));
    }

    /**
     * The squad member of {@code teamId} at {@code tournamentId} that is the player called by any of
     * {@code names} (a merge, counted), else {@code ownId}.
     */
    String player(String ownId, String teamId, String tournamentId, List<String> names) {
        List<Member> squad = squads.getOrDefault(teamId + "|" + tournamentId, List.of());
        // Names are tried in order (the short name first): the first that fits exactly one squad member decides.
        for (String name : names) {
            List<String> words = NameKey.words(name);
            List<String> fits = squad.stream().filter(m -> !m.words().isEmpty() && words.containsAll(m.words()))
                    .map(Member::id).distinct().toList();
            if (fits.size() == 1) {
                return fits.getFirst().equals(ownId) ? ownId : merged("players", ownId, fits.getFirst());
            }
            if (fits.size() > 1) {
                return ownId;
            }
        }
        return ownId;
    }

    /** The World Cup of {@code gender} ("men", "women") in {@code year}, if the graph has it; counted as merged. */
    Optional<String> worldCup(String ownId, String gender, int year) {
        return Optional.ofNullable(worldCups.get(gender + "|" + year)).map(id -> merged("tournaments", ownId, id));
    }

    /** Distinct source records merged into existing nodes, by kind (teams, players, matches, tournaments). */
    Map<String, Long> mergedCounts() {
        Map<String, Long> out = new TreeMap<>();
        for (String kind : List.of("matches", "players", "teams", "tournaments")) {
            out.put(kind, (long) merged.getOrDefault(kind, Set.of()).size());
        }
        return out;
    }

    private String merged(String kind, String ownId, String existing) {
        merged.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(ownId);
        return existing;
    }

    private static String matchKey(String date, String a, String b) {
        return date + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }
}
