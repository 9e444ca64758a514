package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds the one match a question names and reads its result; stateless over the data it is given. */
final class Matches {
    static final String DRAW = "draw";
    private final WorldCupData data;

    Matches(WorldCupData data) {
        this.data = data;
    }

    /**
     * The only match of the question's tournament that involves its team and opponent (when given)
     * at its stage (when given). Zero or several matches mean the question is wrong or ambiguous,
     * which the gold set must mark, so both fail.
     */
    Row find(GoldArgs args) {
        return find(args, args.optional("stage"));
    }

    /** As {@link #find(GoldArgs)}, at {@code stage} whatever the question's slot says (the final families imply it). */
    Row find(GoldArgs args, Optional<String> stage) {
        String tournamentId = data.tournamentId(args.year(), args.gender());
        Predicate<Row> filter = data.inTournament(tournamentId);
        for (String slot : List.of("team", "opponent")) {
            Optional<String> team = args.optional(slot).map(data::team);
            if (team.isPresent()) {
                filter = filter.and(m -> involves(m, team.get()));
            }
        }
        if (stage.isPresent()) {
            String wanted = canonicalStage(stage.get());
            filter = filter.and(m -> canonicalStage(m.get("stage_name")).equals(wanted));
        }
        List<Row> found = data.rows("matches", filter);
        if (found.size() != 1) {
            throw new BadInputException(args.where() + ": matches.csv: expected exactly one match for " + args.question().args() + ", found " + found.size());
        }
        return found.getFirst();
    }

    /** "semi-finals" and "semi-final" name the same stage; the data uses both spellings. */
    static String canonicalStage(String stage) {
        return stage.toLowerCase(Locale.ROOT).trim().replaceAll("-finals$", "-final");
    }

    static boolean involves(Row match, String team) {
        return match.get("home_team_name").equals(team) || match.get("away_team_name").equals(team);
    }

    /** The winner as the data records it (a shoot-out decides it), or {@link #DRAW}. */
    static String winner(Row match) {
        return switch (match.get("result")) {
            case "home team win" -> match.get("home_team_name");
            case "away team win" -> match.get("away_team_name");
            default -> DRAW;
        };
    }

    /** The score from {@code team}'s side, or the winner's side first when the question names no team. */
    static String score(Row match, Optional<String> team) {
        return perspective(match, team, "home_team_score", "away_team_score");
    }

    static String shootoutScore(Row match, Optional<String> team) {
        requireShootout(match);
        return perspective(match, team, "home_team_score_penalties", "away_team_score_penalties");
    }

    static String shootoutWinner(Row match) {
        requireShootout(match);
        boolean homeWon = match.integer("home_team_score_penalties") > match.integer("away_team_score_penalties");
        return match.get(homeWon ? "home_team_name" : "away_team_name");
    }

    private static void requireShootout(Row match) {
        if (!match.flag("penalty_shootout")) {
            throw new BadInputException(match.file() + ":" + match.line() + ": expected a match decided by a penalty shoot-out, " + match.get("match_name") + " was not");
        }
    }

    private static String perspective(Row match, Optional<String> team, String homeColumn, String awayColumn) {
        int home = match.integer(homeColumn);
        int away = match.integer(awayColumn);
        if (team.isEmpty()) {
            return format(Math.max(home, away), Math.min(home, away));
        }
        boolean isHome = match.get("home_team_name").equals(team.get());
        return isHome ? format(home, away) : format(away, home);
    }

    /** "Germany 7–1 Brazil": the winner first; a draw keeps the data's home team first. */
    static String described(Row match) {
        int home = match.integer("home_team_score");
        int away = match.integer("away_team_score");
        String homeTeam = match.get("home_team_name");
        String awayTeam = match.get("away_team_name");
        return away > home
                ? awayTeam + " " + format(away, home) + " " + homeTeam
                : homeTeam + " " + format(home, away) + " " + awayTeam;
    }

    static int margin(Row match) {
        return Math.abs(match.integer("home_team_score") - match.integer("away_team_score"));
    }

    static String format(int first, int second) {
        return first + "–" + second;
    }
}
