package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.NotFoundException;
import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The CSV files of one copy of the Fjelstul World Cup Database, each read on first use and kept.
 * Thread-safe; lives as long as the evaluation that reads it.
 */
final class WorldCupData {
    private static final String NOT_APPLICABLE = "not applicable";

    private final Path directory;
    private final Map<String, CsvTable> tables = new ConcurrentHashMap<>();

    WorldCupData(Path directory) {
        this.directory = directory;
    }

    /** All rows of {@code name}.csv. */
    List<Row> rows(String name) {
        return table(name).rows();
    }

    /** The file {@code name}.csv of the data directory, read on first use. */
    CsvTable table(String name) {
        return tables.computeIfAbsent(name, n -> CsvTable.read(directory.resolve(n + ".csv")));
    }

    List<Row> rows(String name, Predicate<Row> filter) {
        return rows(name).stream().filter(filter).toList();
    }

    /** The tournament row of the given year and gender; a year without one is not found. */
    Row tournament(int year, Gender gender) {
        return rows("tournaments").stream()
                .filter(t -> t.integer("year") == year && Gender.ofTournamentName(t.get("tournament_name")) == gender)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tournaments.csv: expected a " + gender.name().toLowerCase() + "'s World Cup in " + year + ", there is none"));
    }

    String tournamentId(int year, Gender gender) {
        return tournament(year, gender).get("tournament_id");
    }

    /** The ids of every tournament of one gender. */
    Set<String> tournamentIds(Gender gender) {
        return rows("tournaments").stream()
                .filter(t -> Gender.ofTournamentName(t.get("tournament_name")) == gender)
                .map(t -> t.get("tournament_id"))
                .collect(Collectors.toSet());
    }

    Predicate<Row> inTournament(String tournamentId) {
        return row -> row.get("tournament_id").equals(tournamentId);
    }

    Predicate<Row> inTournaments(Gender gender) {
        Set<String> ids = tournamentIds(gender);
        return row -> ids.contains(row.get("tournament_id"));
    }

    /** The player_id of the only player whose display name (see {@link #person}) is {@code name}. */
    String playerId(String name) {
        List<String> ids = rows("players").stream().filter(p -> person(p).equals(name)).map(p -> p.get("player_id")).toList();
        if (ids.size() != 1) {
            throw new NotFoundException("players.csv: expected exactly one player named '" + name + "', found " + ids.size());
        }
        return ids.getFirst();
    }

    /** Checks that a team of this name exists, so that a misspelt gold argument fails loudly instead of counting zero. */
    String team(String name) {
        boolean known = rows("teams").stream().anyMatch(t -> t.get("team_name").equals(name));
        if (!known) {
            throw new NotFoundException("teams.csv: expected a team named '" + name + "', there is none");
        }
        return name;
    }

    /**
     * The name a user would type: given and family name, or the family name alone where the data
     * has no given name (mononyms such as Pelé are stored as a family name).
     */
    static String person(Row row) {
        String given = row.get("given_name");
        String family = row.get("family_name");
        return given.equals(NOT_APPLICABLE) ? family : given + " " + family;
    }
}
