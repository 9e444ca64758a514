package dev.groundwork.ingest.sports;


import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.groundwork.ingest.sports.SportsStatements.PARTICIPATED_IN;
import static dev.groundwork.ingest.sports.SportsStatements.PLAYED_IN;

/**
 * Per-player tallies of one match's events (passes, completed passes, shots, xG, in the starting
 * eleven and at which position), written onto each player's PLAYED_IN; each team's starting formation, written onto its
 * PARTICIPATED_IN; and the shoot-out kicks scored per team. Passes
 * are tallied rather than stored one node each: a match has about a thousand. Not thread-safe;
 * one per match.
 */
final class EventTally {
    private static final class Counts {
        long passes;
        long passesCompleted;
        long shots;
        double xg;
    }

    private final Rows writer;
    private final String match;
    private final String source;
    private final Map<String, Counts> byPlayer = new HashMap<>();
    private final Set<String> started = new HashSet<>();
    private final Map<String, String> positions = new HashMap<>();
    private final Map<String, String> formations = new HashMap<>();
    private final Map<String, int[]> kicks = new HashMap<>();

    EventTally(Rows writer, String match, String source) {
        this.writer = writer;
        this.match = match;
        this.source = source;
    }

    /** A player of the starting eleven, at the position the Starting XI event gives (null when it gives none). */
    void started(String player, String position) {
        started.add(player);
        if (position != null) {
            positions.put(player, position);
        }
    }

    /** A team's starting formation as StatsBomb writes it ("433", "4141"). */
    void formation(String team, String formation) {
        if (team != null && formation != null) {
            formations.put(team, formation);
        }
    }

    void pass(String player, boolean completed) {
        if (player != null) {
            Counts c = byPlayer.computeIfAbsent(player, p -> new Counts());
            c.passes++;
            c.passesCompleted += completed ? 1 : 0;
        }
    }

    void shot(String player, Double xg) {
        if (player != null) {
            Counts c = byPlayer.computeIfAbsent(player, p -> new Counts());
            c.shots++;
            c.xg += xg == null ? 0 : xg;
        }
    }

    void kick(String team, boolean scored) {
        if (team != null) {
            kicks.computeIfAbsent(team, t -> new int[1])[0] += scored ? 1 : 0;
        }
    }

    /** The shoot-out score (home first), or null when the match had none. */
    Score shootout(String home, String away) {
        if (kicks.isEmpty()) {
            return null;
        }
        return new Score(kicks.getOrDefault(home, new int[1])[0], kicks.getOrDefault(away, new int[1])[0]);
    }

    /** Writes the tallies; {@code players} maps StatsBomb player ids to graph ids (merged players). */
    void write(Map<String, String> players) {
        Set<String> all = new HashSet<>(byPlayer.keySet());
        started.forEach(p -> all.add(players.getOrDefault(p, p)));
        long record = 0;
        for (String player : all) {
            Counts c = byPlayer.getOrDefault(player, new Counts());
            String xi = started.stream().filter(p -> players.getOrDefault(p, p).equals(player)).findFirst().orElse(null);
            Map<String, Object> props = new HashMap<>(Map.of("started", xi != null, "passes", c.passes, "passesCompleted", c.passesCompleted,
                    "shots", c.shots, "xg", Math.round(c.xg * 1000) / 1000.0));
            if (xi != null && positions.containsKey(xi)) {
                props.put("position", positions.get(xi));
            }
            writer.write(PLAYED_IN, source, ++record, Map.of("from", player, "to", match, "props", props));
        }
        for (Map.Entry<String, String> f : formations.entrySet()) {
            writer.write(PARTICIPATED_IN, source, ++record, Map.of("from", f.getKey(), "to", match, "props", Map.of("formation", f.getValue())));
        }
    }
}
