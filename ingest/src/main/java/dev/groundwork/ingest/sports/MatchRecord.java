package dev.groundwork.ingest.sports;


import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static dev.groundwork.ingest.sports.SportsStatements.MATCH_WITH_LINKS;
import static dev.groundwork.ingest.sports.SportsStatements.PARTICIPATED_IN;

/**
 * A played match as the JSON sources give it, written as the World Cup ingest writes its matches:
 * the match with its tournament, home and away teams, venue, winner and loser, and each team's
 * PARTICIPATED_IN with goals for and against and the result. Scores are after extra time; a
 * shoot-out decides the winner.
 *
 * @param id the match key
 * @param props further match properties (name, stage, round, half-time score ...)
 */
record MatchRecord(String id, String tournament, String date, String home, String away, Score score, Score penalties,
                   String stadium, Map<String, Object> props) {
    MatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(score, "score");
        props = Map.copyOf(props);
    }

    void write(Rows writer, String source, long record) {
        int homeSide = Integer.compare(score.first(), score.second());
        if (homeSide == 0 && penalties != null) {
            homeSide = Integer.compare(penalties.first(), penalties.second());
        }
        Map<String, Object> p = new HashMap<>(props);
        p.put("date", date);
        p.put("homeScore", score.first());
        p.put("awayScore", score.second());
        p.put("penaltyShootout", penalties != null);
        if (penalties != null) {
            p.put("homePenalties", penalties.first());
            p.put("awayPenalties", penalties.second());
        }
        p.put("result", homeSide > 0 ? "home team win" : homeSide < 0 ? "away team win" : "draw");
        p.put("draw", homeSide == 0);
        Map<String, Object> row = new HashMap<>();
        row.put("key", id);
        row.put("props", p);
        row.put("tournament", tournament);
        row.put("home", home);
        row.put("away", away);
        row.put("stadium", stadium);
        row.put("winner", homeSide > 0 ? home : homeSide < 0 ? away : null);
        row.put("loser", homeSide > 0 ? away : homeSide < 0 ? home : null);
        writer.write(MATCH_WITH_LINKS, source, record, row);
        participated(writer, source, record, home, true, homeSide);
        participated(writer, source, record, away, false, -homeSide);
    }

    private void participated(Rows writer, String source, long record, String team, boolean isHome, int side) {
        Map<String, Object> p = new HashMap<>();
        p.put("goalsFor", isHome ? score.first() : score.second());
        p.put("goalsAgainst", isHome ? score.second() : score.first());
        p.put("result", side > 0 ? "win" : side < 0 ? "lose" : "draw");
        p.put("home", isHome);
        p.put("penaltyShootout", penalties != null);
        if (penalties != null) {
            p.put("penaltiesFor", isHome ? penalties.first() : penalties.second());
            p.put("penaltiesAgainst", isHome ? penalties.second() : penalties.first());
        }
        writer.write(PARTICIPATED_IN, source, record, Map.of("from", team, "to", id, "props", p));
    }
}
