package dev.groundwork.query.sports.eval;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Families about a whole tournament or all tournaments of a gender: who won, hosts, totals, awards, biggest wins. */
final class TournamentFamilies {
    private final WorldCupData data;

    TournamentFamilies(WorldCupData data) {
        this.data = data;
    }

    void register(Map<String, Family> families) {
        families.put("tournament_winner", a -> standing(a, 1));
        families.put("runner_up", a -> standing(a, 2));
        families.put("third_place", a -> standing(a, 3));
        families.put("host_country", a -> SportsAnswer.of(column(a, "host_countries", "team_name")));
        families.put("tournament_goals", a -> SportsAnswer.of(inTournament(a, "matches").stream()
                .mapToLong(m -> m.integer("home_team_score") + m.integer("away_team_score")).sum()));
        families.put("tournament_matches", a -> SportsAnswer.of(inTournament(a, "matches").size()));
        families.put("tournament_teams", a -> SportsAnswer.of(tournament(a).integer("count_teams")));
        families.put("red_cards_in_tournament", a -> count(a, "bookings", b -> b.flag("sending_off")));
        families.put("own_goals_in_tournament", a -> count(a, "goals", g -> g.flag("own_goal")));
        families.put("shootouts_in_tournament", a -> count(a, "matches", m -> m.flag("penalty_shootout")));
        families.put("award_winner", this::awardWinner);
        families.put("team_titles", this::titles);
        families.put("most_titles", a -> Ties.best(titlesByTeam(a.gender())));
        families.put("biggest_win_tournament", a -> biggestWins(inTournament(a, "matches")));
        families.put("biggest_win_all_time", a -> biggestWins(data.rows("matches", data.inTournaments(a.gender()))));
    }

    private Row tournament(GoldArgs args) {
        return data.tournament(args.year(), args.gender());
    }

    private List<Row> inTournament(GoldArgs args, String table) {
        return data.rows(table, data.inTournament(tournament(args).get("tournament_id")));
    }

    private List<String> column(GoldArgs args, String table, String column) {
        return inTournament(args, table).stream().map(r -> r.get(column)).toList();
    }

    private SportsAnswer count(GoldArgs args, String table, Predicate<Row> filter) {
        return SportsAnswer.of(inTournament(args, table).stream().filter(filter).count());
    }

    /** Final positions come from tournament_standings.csv, which also holds the third place. */
    private SportsAnswer standing(GoldArgs args, int position) {
        List<String> teams = inTournament(args, "tournament_standings").stream()
                .filter(s -> s.integer("position") == position)
                .map(s -> s.get("team_name"))
                .toList();
        if (teams.isEmpty()) {
            throw new BadInputException(args.where() + ": tournament_standings.csv: expected a team in position " + position + " of " + tournament(args).get("tournament_name"));
        }
        return SportsAnswer.of(teams);
    }

    private SportsAnswer awardWinner(GoldArgs args) {
        String award = args.award();
        List<String> winners = inTournament(args, "award_winners").stream()
                .filter(w -> w.get("award_name").equalsIgnoreCase(award))
                .map(WorldCupData::person)
                .toList();
        if (winners.isEmpty()) {
            throw new BadInputException(args.where() + ": award_winners.csv: expected a winner of '" + award + "' in " + tournament(args).get("tournament_name"));
        }
        return SportsAnswer.of(winners);
    }

    private SportsAnswer titles(GoldArgs args) {
        String team = data.team(args.team());
        return SportsAnswer.of(titlesByTeam(args.gender()).getOrDefault(team, 0L));
    }

    private Map<String, Long> titlesByTeam(Gender gender) {
        return data.rows("tournaments").stream()
                .filter(t -> Gender.ofTournamentName(t.get("tournament_name")) == gender)
                .collect(groupingBy(t -> t.get("winner"), counting()));
    }

    /** Every match won by the largest goal margin, described "Winner a–b Loser"; ties are all listed. */
    private static SportsAnswer biggestWins(List<Row> matches) {
        int max = matches.stream().mapToInt(Matches::margin).max().orElse(0);
        return SportsAnswer.of(matches.stream().filter(m -> Matches.margin(m) == max).map(Matches::described).toList());
    }
}
