package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Families about a team: its tournaments, matches and goals, head-to-head records, group stages,
 * managers and shoot-outs. Teams are the data's historical names: West Germany is not Germany.
 * Wins, draws and losses are as team_appearances.csv records them, where a shoot-out decides the result.
 */
final class TeamFamilies {
    private final WorldCupData data;

    TeamFamilies(WorldCupData data) {
        this.data = data;
    }

    void register(Map<String, Family> families) {
        families.put("team_tournament_count", a -> SportsAnswer.of(qualifications(a).size()));
        families.put("team_first_appearance", a -> SportsAnswer.of(qualifications(a).stream().mapToInt(this::year).min().orElseThrow(() -> neverQualified(a))));
        families.put("team_performance", a -> SportsAnswer.of(Matches.canonicalStage(single(a, qualifications(a), "qualified_teams").get("performance"))));
        families.put("team_matches_in_tournament", a -> SportsAnswer.of(appearances(a, inTournament(a)).size()));
        families.put("team_goals_in_tournament", a -> SportsAnswer.of(goalsFor(appearances(a, inTournament(a)))));
        families.put("team_total_goals", a -> SportsAnswer.of(goalsFor(appearances(a, data.inTournaments(a.gender())))));
        families.put("team_total_wins", a -> SportsAnswer.of(appearances(a, r -> r.flag("win")).size()));
        families.put("team_shootouts", this::shootouts);
        families.put("head_to_head_meetings", a -> SportsAnswer.of(headToHead(a).size()));
        families.put("head_to_head_record", this::record);
        families.put("group_winner", a -> SportsAnswer.of(groupRows(a, s -> s.get("group_name").equals(a.group()) && s.integer("position") == 1).stream().map(s -> s.get("team_name")).toList()));
        families.put("group_members", a -> SportsAnswer.of(groupRows(a, s -> s.get("group_name").equals(a.group())).stream().map(s -> s.get("team_name")).toList()));
        families.put("group_points", a -> SportsAnswer.of(teamGroupRow(a).integer("points")));
        families.put("group_position", a -> SportsAnswer.of(teamGroupRow(a).integer("position")));
        families.put("manager", a -> SportsAnswer.of(data.rows("manager_appointments", inTournament(a).and(teamIs(a))).stream().map(WorldCupData::person).toList()));
    }

    private Predicate<Row> inTournament(GoldArgs args) {
        return data.inTournament(data.tournamentId(args.year(), args.gender()));
    }

    private Predicate<Row> teamIs(GoldArgs args) {
        String team = data.team(args.team());
        return r -> r.get("team_name").equals(team);
    }

    /** The team's qualified_teams.csv rows, in the question's tournament when it names a year. */
    private List<Row> qualifications(GoldArgs args) {
        Predicate<Row> scope = args.optional("year").isPresent() ? inTournament(args) : data.inTournaments(args.gender());
        return data.rows("qualified_teams", scope.and(teamIs(args)));
    }

    private int year(Row row) {
        return Integer.parseInt(row.get("tournament_id").substring("WC-".length()));
    }

    private BadInputException neverQualified(GoldArgs args) {
        return new BadInputException(args.where() + ": qualified_teams.csv: expected at least one tournament of " + args.team());
    }

    private static Row single(GoldArgs args, List<Row> rows, String table) {
        if (rows.size() != 1) {
            throw new BadInputException(args.where() + ": " + table + ".csv: expected exactly one row for " + args.question().args() + ", found " + rows.size());
        }
        return rows.getFirst();
    }

    /** The team's team_appearances.csv rows (one per match it played) in the question's gender, that pass {@code filter}. */
    private List<Row> appearances(GoldArgs args, Predicate<Row> filter) {
        return data.rows("team_appearances", data.inTournaments(args.gender()).and(teamIs(args)).and(filter));
    }

    private static long goalsFor(List<Row> appearances) {
        return appearances.stream().mapToLong(r -> r.integer("goals_for")).sum();
    }

    private List<Row> headToHead(GoldArgs args) {
        String opponent = data.team(args.required("opponent"));
        return appearances(args, r -> r.get("opponent_name").equals(opponent));
    }

    /** Wins–draws–losses from the first team's side, e.g. "2–1–0". */
    private SportsAnswer record(GoldArgs args) {
        List<Row> meetings = headToHead(args);
        long wins = meetings.stream().filter(r -> r.flag("win")).count();
        long draws = meetings.stream().filter(r -> r.flag("draw")).count();
        long losses = meetings.stream().filter(r -> r.flag("lose")).count();
        return SportsAnswer.of(wins + "–" + draws + "–" + losses);
    }

    private SportsAnswer shootouts(GoldArgs args) {
        Predicate<Row> outcome = args.oneOf("outcome", Map.<String, Predicate<Row>>of(
                "won", r -> r.flag("win"), "lost", r -> r.flag("lose"), "played", r -> true));
        return SportsAnswer.of(appearances(args, r -> r.flag("penalty_shootout") && outcome.test(r)).size());
    }

    /** Group questions mean the first group stage (stage 1); 1974-1982 also had a second one. */
    private List<Row> groupRows(GoldArgs args, Predicate<Row> filter) {
        return data.rows("group_standings", inTournament(args).and(s -> s.integer("stage_number") == 1).and(filter));
    }

    private Row teamGroupRow(GoldArgs args) {
        return single(args, groupRows(args, teamIs(args)), "group_standings");
    }
}
