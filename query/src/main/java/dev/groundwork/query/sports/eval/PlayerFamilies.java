package dev.groundwork.query.sports.eval;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Families about players and their goals. A player's goals are the goals.csv rows credited to them
 * that are not own goals, which is how top-scorer tables count; own goals have families of their own.
 */
final class PlayerFamilies {
    private static final int HAT_TRICK = 3;
    private final WorldCupData data;

    PlayerFamilies(WorldCupData data) {
        this.data = data;
    }

    void register(Map<String, Family> families) {
        families.put("top_scorer", a -> Ties.best(goalsByScorer(data.inTournament(tournamentId(a)))));
        families.put("all_time_top_scorer", a -> Ties.best(goalsByScorer(data.inTournaments(a.gender()))));
        families.put("player_goals_in_tournament", a -> SportsAnswer.of(goals(a, data.inTournament(tournamentId(a))).size()));
        families.put("player_total_goals", a -> SportsAnswer.of(goals(a, g -> true).size()));
        families.put("player_penalty_goals", a -> SportsAnswer.of(goals(a, g -> g.flag("penalty")).size()));
        families.put("player_scoring_matches", a -> SportsAnswer.of(goals(a, g -> true).stream().map(g -> g.get("match_id")).distinct().count()));
        families.put("player_hat_tricks", a -> {
            String playerId = data.playerId(a.player());
            return SportsAnswer.of(hatTricks(g -> g.get("player_id").equals(playerId)).size());
        });
        families.put("hat_tricks_in_tournament", a -> SportsAnswer.of(hatTricks(data.inTournament(tournamentId(a))).size()));
        families.put("hat_trick_scorers", a -> SportsAnswer.of(hatTricks(data.inTournament(tournamentId(a))).stream().distinct().toList()));
        families.put("player_tournaments", a -> SportsAnswer.of(squadRows(a).stream().map(s -> s.get("tournament_id")).distinct().count()));
        families.put("player_team", a -> SportsAnswer.of(squadRows(a).stream().map(s -> s.get("team_name")).distinct().toList()));
    }

    private String tournamentId(GoldArgs args) {
        return data.tournamentId(args.year(), args.gender());
    }

    private List<Row> scoredGoals(Predicate<Row> filter) {
        return data.rows("goals", g -> !g.flag("own_goal") && filter.test(g));
    }

    private List<Row> goals(GoldArgs args, Predicate<Row> filter) {
        String playerId = data.playerId(args.player());
        return scoredGoals(g -> g.get("player_id").equals(playerId) && filter.test(g));
    }

    private Map<String, Long> goalsByScorer(Predicate<Row> filter) {
        return scoredGoals(filter).stream().collect(groupingBy(WorldCupData::person, counting()));
    }

    /** One entry (the scorer's name) per match in which a player scored three or more goals. */
    private List<String> hatTricks(Predicate<Row> filter) {
        Map<List<String>, List<Row>> byMatchAndPlayer = scoredGoals(filter).stream()
                .collect(groupingBy(g -> List.of(g.get("match_id"), g.get("player_id"))));
        return byMatchAndPlayer.values().stream()
                .filter(goals -> goals.size() >= HAT_TRICK)
                .map(goals -> WorldCupData.person(goals.getFirst()))
                .toList();
    }

    private List<Row> squadRows(GoldArgs args) {
        String playerId = data.playerId(args.player());
        return data.rows("squads", s -> s.get("player_id").equals(playerId));
    }
}
