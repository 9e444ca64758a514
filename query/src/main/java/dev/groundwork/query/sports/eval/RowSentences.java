package dev.groundwork.query.sports.eval;

import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Renders a CSV row as one sentence that keeps the column names, so that BM25 can match "stadium" or "referee" too. */
final class RowSentences {
    /**
     * The data files the baseline indexes: every file of the database except datasets.csv and
     * variables.csv, which describe the files rather than hold World Cup facts.
     */
    static final List<String> TABLES = List.of("tournaments", "confederations", "teams", "players", "managers", "referees", "stadiums",
            "matches", "awards", "qualified_teams", "squads", "manager_appointments", "referee_appointments", "team_appearances",
            "manager_appearances", "referee_appearances", "goals", "penalty_kicks", "bookings", "substitutions", "host_countries",
            "tournament_stages", "groups", "group_standings", "tournament_standings", "award_winners");

    private RowSentences() {}

    /** E.g. "goals: goal id G-0001, tournament name 1930 FIFA Men's World Cup, ..., family name Laurent, given name Lucien, ...". */
    static String sentence(String table, List<String> header, Row row) {
        return table.replace('_', ' ') + ": " + IntStream.range(0, header.size())
                .mapToObj(i -> header.get(i).replace('_', ' ') + " " + row.values().get(i))
                .collect(Collectors.joining(", "));
    }
}
