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
 * <li>player: see {@link #player(PlayerRecord)}: the same StatsBomb id; else a member of the same
 *     (resolved) team's squad at the same tournament; else a member of the squads of the national
 *     team of the player's nationality in a World Cup near the match's year; each only when exactly
 *     one player fits, and never onto a player another StatsBomb id already holds;</li>
 * <li>World Cup: the same gender and year.</li>
 * </ul>
 * A player record that fits more than one player, or one already held by another id, is kept apart
 * and reported in {@link #unresolved()}: nothing is guessed. Read once before an ingest run; the run's
 * own player resolutions are remembered. Not thread-safe; one per ingest run.
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
            OPTIONAL MATCH (x:Tournament {tournamentId: r.tournamentId})
            RETURN p.playerId AS id, p.name AS name, t.teamId AS team, r.tournamentId AS tournament, x.year AS year,
                   p.birthDate AS birthDate, p.statsbombId AS statsbombId
            """;
    static final String WORLD_CUPS = """
            MATCH (x:Tournament)-[:IN_COMPETITION]->(c:Competition)
            WHERE c.competitionId STARTS WITH 'FIFA-WC-' AND x.year IS NOT NULL
            RETURN x.tournamentId AS id, x.gender AS gender, x.year AS year
            """;

    /** A squad member: the player's id, name words, the squad's year (0 when unknown), birth date and StatsBomb id (null when unknown). */
    private record Member(String id, List<String> words, int year, String birthDate, Integer statsbombId) {}

    /** A career's span: a squad more than this many years from the match is another generation's. */
    static final int CAREER_YEARS = 20;
    /** The youngest and oldest a professional player plausibly is on match day. */
    static final int MIN_AGE = 15;
    static final int MAX_AGE = 45;

    /**
     * A player as a second source records him in one match.
     *
     * @param ownId the id the source would give him ({@code statsbomb:player:5503})
     * @param statsbombId StatsBomb's player id
     * @param names his names to try, the short one first (nickname, then full name)
     * @param team his team's (resolved) id in that match
     * @param tournament the match's (resolved) tournament id
     * @param nationality the country the source gives him, or null
     * @param date the match date (ISO {@code yyyy-mm-dd})
     */
    record PlayerRecord(String ownId, int statsbombId, List<String> names, String team, String tournament, String nationality, String date) {
        PlayerRecord {
            java.util.Objects.requireNonNull(ownId, "ownId");
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("names must not be empty, got none for " + ownId);
            }
            java.util.Objects.requireNonNull(team, "team");
            java.util.Objects.requireNonNull(tournament, "tournament");
            java.util.Objects.requireNonNull(date, "date");
        }

        int year() {
            return Integer.parseInt(date.substring(0, 4));
        }
    }

    /**
     * Where a player record landed and by which rule: {@code own} (a new node), {@code statsbombId},
     * {@code squad} or {@code nationality}.
     */
    record Resolution(String id, String rule) {}

    private final Map<String, List<String>> teamsByName = new HashMap<>();
    private final Set<String> teamIds = new java.util.HashSet<>();
    private final Map<String, String> matches = new HashMap<>();
    private final Map<String, List<Member>> squads = new HashMap<>();
    private final Map<String, List<Member>> squadsByTeam = new HashMap<>();
    private final Map<Integer, String> byStatsbombId = new HashMap<>();
    private final Map<String, Integer> statsbombIdOf = new HashMap<>();
    private final List<String> unresolved = new ArrayList<>();
    private final Map<String, String> worldCups = new HashMap<>();
    private final Map<String, Set<String>> merged = new TreeMap<>();

    /** The graph's identities now. */
    static Identities load(GraphStore store) {
        Identities ids = new Identities();
        store.read(tx -> {
            tx.run(TEAMS).forEachRemaining(r -> ids.addTeam(r.get("id").asString(), r.get("name").asString()));
            tx.run(MATCHES).forEachRemaining(r -> ids.matches.put(
                    matchKey(r.get("date").asString(), r.get("home").asString(), r.get("away").asString()), r.get("id").asString()));
            tx.run(SQUADS).forEachRemaining(r -> ids.addSquadMember(r.get("team").asString(), r.get("tournament").asString(),
                    r.get("id").asString(), r.get("name").asString(), r.get("year").asInt(0), r.get("birthDate").asString(null),
                    r.get("statsbombId").isNull() ? null : r.get("statsbombId").asInt()));
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
        addSquadMember(teamId, tournamentId, playerId, name, 0, null, null);
    }

    /** A squad member with the squad's year (0 when unknown), birth date and StatsBomb id (null when unknown). */
    void addSquadMember(String teamId, String tournamentId, String playerId, String name, int year, String birthDate, Integer statsbombId) {
        Member m = new Member(playerId, NameKey.words(name), year, birthDate, statsbombId);
        squads.computeIfAbsent(teamId + "|" + tournamentId, k -> new ArrayList<>()).add(m);
        squadsByTeam.computeIfAbsent(teamId, k -> new ArrayList<>()).add(m);
        if (statsbombId != null) {
            byStatsbombId.put(statsbombId, playerId);
            statsbombIdOf.put(playerId, statsbombId);
        }
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
     * The node a player record is, by the first of these rules that decides:
     * <ol>
     * <li><b>statsbombId</b>: a player that already carries the record's StatsBomb id (from an
     *     earlier run, or an earlier match of this run) is him;</li>
     * <li><b>squad</b>: the members of his team's squad at the match's tournament whose name words
     *     are all among the words of one of his names (tried in order, the short name first);</li>
     * <li><b>nationality</b>: the members of any squad of the national team named as his nationality
     *     (a club player's link to the World Cup data), with the same name test, whose squad year is
     *     within {@value #CAREER_YEARS} years of the match and whose birth date, when known, makes him
     *     {@value #MIN_AGE} to {@value #MAX_AGE} on match day.</li>
     * </ol>
     * Rules 2 and 3 merge only when exactly one player fits and that player does not already hold
     * another StatsBomb id. Two or more fits, or a fit held by another id, keep the record on its own
     * node and add a line to {@link #unresolved()} saying why.
     */
    Resolution player(PlayerRecord r) {
        String known = byStatsbombId.get(r.statsbombId());
        if (known != null) {
            return new Resolution(known.equals(r.ownId()) ? known : merged("players", r.ownId(), known), "statsbombId");
        }
        Resolution squad = fit(r, squads.getOrDefault(r.team() + "|" + r.tournament(), List.of()), "squad", "his team's squad at " + r.tournament());
        if (squad != null) {
            return squad;
        }
        if (r.nationality() != null) {
            List<String> national = teamsByName.getOrDefault(NameKey.of(r.nationality()), List.of());
            if (national.size() == 1) {
                List<Member> near = squadsByTeam.getOrDefault(national.getFirst(), List.of()).stream()
                        .filter(m -> plausible(m, r)).toList();
                // Across tournaments a one-word name is weak evidence: "Pedro" is in "Juan Pedro Ramírez López".
                // It counts only when it is one of the entry's names exactly (a mononym nickname such as "Koke").
                List<String> names = r.names().stream().map(NameKey::of).toList();
                near = near.stream().filter(m -> m.words().size() > 1 || names.contains(String.join(" ", m.words()))).toList();
                Resolution nat = fit(r, near, "nationality", r.nationality() + "'s World Cup squads");
                if (nat != null) {
                    return nat;
                }
            }
        }
        claim(r.statsbombId(), r.ownId());
        return new Resolution(r.ownId(), "own");
    }

    /** The one member of {@code candidates} the record names, a resolution keeping it apart when that is uncertain, or null when none fits. */
    private Resolution fit(PlayerRecord r, List<Member> candidates, String rule, String where) {
        for (String name : r.names()) {
            List<String> words = NameKey.words(name);
            List<String> fits = candidates.stream().filter(m -> !m.words().isEmpty() && words.containsAll(m.words()))
                    .map(Member::id).distinct().toList();
            if (fits.size() > 1) {
                unresolved.add(r.ownId() + " '" + name + "': " + fits.size() + " players of " + where + " fit " + fits
                        + "; kept apart");
                claim(r.statsbombId(), r.ownId());
                return new Resolution(r.ownId(), "own");
            }
            if (fits.size() == 1) {
                String id = fits.getFirst();
                Integer held = statsbombIdOf.get(id);
                if (held != null && held != r.statsbombId()) {
                    unresolved.add(r.ownId() + " '" + name + "': fits " + id + " of " + where + ", but " + id
                            + " already has StatsBomb id " + held + "; kept apart");
                    claim(r.statsbombId(), r.ownId());
                    return new Resolution(r.ownId(), "own");
                }
                claim(r.statsbombId(), id);
                return new Resolution(id.equals(r.ownId()) ? id : merged("players", r.ownId(), id), rule);
            }
        }
        return null;
    }

    private static boolean plausible(Member m, PlayerRecord r) {
        if (m.year() == 0 || Math.abs(m.year() - r.year()) > CAREER_YEARS) {
            return false;
        }
        if (m.birthDate() == null || m.birthDate().length() < 4) {
            return true;
        }
        int age = r.year() - Integer.parseInt(m.birthDate().substring(0, 4));
        return age >= MIN_AGE && age <= MAX_AGE;
    }

    private void claim(int statsbombId, String playerId) {
        byStatsbombId.put(statsbombId, playerId);
        statsbombIdOf.putIfAbsent(playerId, statsbombId);
    }

    /** Player records kept apart because the rule could not decide, one line each saying why (for the ingest summary). */
    List<String> unresolved() {
        return List.copyOf(unresolved);
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
