package dev.groundwork.ingest.sports;

import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.batch.WriteStatement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import static dev.groundwork.ingest.sports.SportsStatements.*;

/**
 * Loads the Fjelstul World Cup Database (one CSV file per table, documented in its
 * {@code variables.csv}) into the sports graph. Files are read in dependency order and each file
 * is flushed before the next, so every relationship finds both of its ends. Not thread-safe; one
 * instance per ingest run.
 */
final class WorldCupIngestor {
    private final Rows writer;
    private final FileProgress progress;
    private final Map<String, BiConsumer<WorldCupIngestor, CsvRow>> loaders = new LinkedHashMap<>();
    private final Map<String, Long> rowsPerFile = new LinkedHashMap<>();

    WorldCupIngestor(Rows writer, FileProgress progress) {
        this.writer = writer;
        this.progress = progress;
        loaders.put("tournaments.csv", WorldCupIngestor::tournament);
        loaders.put("teams.csv", WorldCupIngestor::team);
        loaders.put("players.csv", WorldCupIngestor::player);
        loaders.put("stadiums.csv", WorldCupIngestor::stadium);
        loaders.put("referees.csv", WorldCupIngestor::referee);
        loaders.put("managers.csv", WorldCupIngestor::manager);
        loaders.put("awards.csv", WorldCupIngestor::award);
        loaders.put("host_countries.csv", WorldCupIngestor::host);
        loaders.put("qualified_teams.csv", WorldCupIngestor::qualified);
        loaders.put("tournament_standings.csv", WorldCupIngestor::standing);
        loaders.put("group_standings.csv", WorldCupIngestor::groupStanding);
        loaders.put("squads.csv", WorldCupIngestor::squad);
        loaders.put("manager_appointments.csv", WorldCupIngestor::appointment);
        loaders.put("award_winners.csv", WorldCupIngestor::awardWinner);
        loaders.put("matches.csv", WorldCupIngestor::match);
        loaders.put("team_appearances.csv", WorldCupIngestor::appearance);
        loaders.put("referee_appearances.csv", WorldCupIngestor::refereeAppearance);
        loaders.put("goals.csv", WorldCupIngestor::goal);
        loaders.put("bookings.csv", WorldCupIngestor::booking);
        loaders.put("substitutions.csv", WorldCupIngestor::substitution);
        loaders.put("penalty_kicks.csv", WorldCupIngestor::penaltyKick);
    }

    /** The files this ingestor reads, in the order it reads them. */
    static List<String> files() {
        return List.copyOf(new WorldCupIngestor(null, new FileProgress(0, p -> {})).loaders.keySet());
    }

    /** Loads every file of {@code directory}; a missing file is an error naming it. */
    Map<String, Long> load(Path directory) {
        for (String file : loaders.keySet()) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new NotFoundException(directory.resolve(file) + ": expected the World Cup database file " + file
                        + " (the Fjelstul World Cup Database has " + String.join(", ", loaders.keySet()) + ")");
            }
        }
        loaders.forEach((file, loader) -> {
            long[] n = {0};
            CsvRows.forEach(directory.resolve(file), row -> {
                loader.accept(this, row);
                n[0]++;
            });
            writer.flush();
            rowsPerFile.put(file, n[0]);
            progress.read(file + ": " + n[0] + " rows");
        });
        return rowsPerFile;
    }

    private void node(WriteStatement statement, CsvRow row, String key, Map<String, Object> props) {
        writer.write(statement, row.file(), row.line(), Map.of("key", key, "props", props));
    }

    private void link(WriteStatement statement, CsvRow row, String from, String to, Map<String, Object> props) {
        writer.write(statement, row.file(), row.line(), Map.of("from", from, "to", to, "props", props));
    }

    private void linkInTournament(WriteStatement statement, CsvRow row, String from, String to, Map<String, Object> props) {
        writer.write(statement, row.file(), row.line(),
                Map.of("from", from, "to", to, "tournament", row.required("tournament_id"), "props", props));
    }

    /** Property maps that drop null values (Neo4j stores no nulls). */
    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    static String gender(String tournamentName) {
        return tournamentName.contains("Women") ? "women" : "men";
    }

    /** "semi-finals" and "semi-final" name one stage; the source uses both spellings. */
    static String canonicalStage(String stage) {
        return stage.toLowerCase(Locale.ROOT).strip().replaceAll("-finals$", "-final");
    }

    private void tournament(CsvRow r) {
        String name = r.required("tournament_name");
        String gender = gender(name);
        String competition = "FIFA-WC-" + gender;
        node(COMPETITION, r, competition, props("name", "FIFA " + (gender.equals("men") ? "Men's" : "Women's") + " World Cup",
                "gender", gender));
        node(TOURNAMENT, r, r.required("tournament_id"), props("name", name, "year", r.integer("year"), "gender", gender,
                "startDate", r.optional("start_date"), "endDate", r.optional("end_date"), "hostCountry", r.optional("host_country"),
                "winner", r.optional("winner"), "hostWon", r.flag("host_won"), "countTeams", r.integer("count_teams")));
        link(IN_COMPETITION, r, r.required("tournament_id"), competition, Map.of());
    }

    private void team(CsvRow r) {
        node(TEAM, r, r.required("team_id"), props("name", r.required("team_name"), "code", r.optional("team_code"),
                "mensTeam", r.flag("mens_team"), "womensTeam", r.flag("womens_team"), "federation", r.optional("federation_name"),
                "region", r.optional("region_name"), "confederation", r.optional("confederation_code")));
    }

    private void player(CsvRow r) {
        node(PLAYER, r, r.required("player_id"), props("name", r.person(), "givenName", r.optional("given_name"),
                "familyName", r.required("family_name"), "birthDate", r.optional("birth_date"), "female", r.flag("female")));
    }

    private void stadium(CsvRow r) {
        node(STADIUM, r, r.required("stadium_id"), props("name", r.required("stadium_name"), "city", r.optional("city_name"),
                "country", r.optional("country_name"), "capacity", r.integer("stadium_capacity")));
    }

    private void referee(CsvRow r) {
        node(REFEREE, r, r.required("referee_id"), props("name", r.person(), "country", r.optional("country_name"),
                "female", r.flag("female")));
    }

    private void manager(CsvRow r) {
        node(MANAGER, r, r.required("manager_id"), props("name", r.person(), "country", r.optional("country_name"),
                "female", r.flag("female")));
    }

    private void award(CsvRow r) {
        node(AWARD, r, r.required("award_id"), props("name", r.required("award_name"), "description", r.optional("award_description")));
    }

    private void host(CsvRow r) {
        link(HOSTED, r, r.required("team_id"), r.required("tournament_id"), Map.of());
    }

    private void qualified(CsvRow r) {
        link(QUALIFIED_FOR, r, r.required("team_id"), r.required("tournament_id"), props("matches", r.integer("count_matches"),
                "performance", canonicalStage(r.required("performance"))));
    }

    private void standing(CsvRow r) {
        link(FINISHED, r, r.required("team_id"), r.required("tournament_id"), props("position", r.integer("position")));
    }

    private void groupStanding(CsvRow r) {
        String group = r.required("tournament_id") + "/" + r.required("stage_number") + "/" + r.required("group_name");
        node(GROUP, r, group, props("name", r.required("group_name"), "stageNumber", r.integer("stage_number"),
                "stageName", r.required("stage_name")));
        link(GROUP_OF, r, group, r.required("tournament_id"), Map.of());
        link(IN_GROUP, r, r.required("team_id"), group, props("position", r.integer("position"), "played", r.integer("played"),
                "wins", r.integer("wins"), "draws", r.integer("draws"), "losses", r.integer("losses"),
                "goalsFor", r.integer("goals_for"), "goalsAgainst", r.integer("goals_against"), "points", r.integer("points"),
                "advanced", r.flag("advanced")));
    }

    private void squad(CsvRow r) {
        linkInTournament(MEMBER_OF, r, r.required("player_id"), r.required("team_id"), props("shirtNumber", r.integer("shirt_number"),
                "position", r.optional("position_name")));
    }

    private void appointment(CsvRow r) {
        linkInTournament(MANAGED, r, r.required("manager_id"), r.required("team_id"), Map.of());
    }

    private void awardWinner(CsvRow r) {
        linkInTournament(WON_AWARD, r, r.required("player_id"), r.required("award_id"), props("shared", r.flag("shared"),
                "teamId", r.optional("team_id")));
    }

    private void match(CsvRow r) {
        String id = r.required("match_id");
        checkScore(r);
        boolean shootout = r.flag("penalty_shootout");
        Map<String, Object> row = new HashMap<>();
        row.put("key", id);
        row.put("props", props("name", r.required("match_name"), "date", r.required("match_date"), "time", r.optional("match_time"),
                "stage", canonicalStage(r.required("stage_name")), "stageName", r.required("stage_name"), "group", r.optional("group_name"),
                "groupStage", r.flag("group_stage"), "knockoutStage", r.flag("knockout_stage"), "replayed", r.flag("replayed"),
                "replay", r.flag("replay"), "homeScore", r.integer("home_team_score"), "awayScore", r.integer("away_team_score"),
                "extraTime", r.flag("extra_time"), "penaltyShootout", shootout,
                "homePenalties", shootout ? r.integer("home_team_score_penalties") : null,
                "awayPenalties", shootout ? r.integer("away_team_score_penalties") : null,
                "result", r.required("result"), "draw", r.flag("draw")));
        row.put("tournament", r.required("tournament_id"));
        row.put("home", r.required("home_team_id"));
        row.put("away", r.required("away_team_id"));
        row.put("stadium", r.required("stadium_id"));
        boolean homeWon = r.flag("home_team_win");
        boolean decided = homeWon || r.flag("away_team_win");
        row.put("winner", decided ? r.required(homeWon ? "home_team_id" : "away_team_id") : null);
        row.put("loser", decided ? r.required(homeWon ? "away_team_id" : "home_team_id") : null);
        writer.write(MATCH_WITH_LINKS, r.file(), r.line(), row);
    }

    /** The score column ("4–1", en dash) must agree with the numeric score columns the graph stores. */
    private static void checkScore(CsvRow r) {
        Score s = Score.parse(r.required("score"), r.file() + ":" + r.line() + ": column score");
        Integer home = r.integer("home_team_score");
        Integer away = r.integer("away_team_score");
        if (home == null || away == null || home != s.first() || away != s.second()) {
            throw r.bad("score", "the home and away scores " + home + "–" + away + " of columns home_team_score and away_team_score");
        }
    }

    private void appearance(CsvRow r) {
        String result = r.flag("win") ? "win" : r.flag("lose") ? "lose" : "draw";
        boolean shootout = r.flag("penalty_shootout");
        link(PARTICIPATED_IN, r, r.required("team_id"), r.required("match_id"), props("goalsFor", r.integer("goals_for"),
                "goalsAgainst", r.integer("goals_against"), "result", result, "home", r.flag("home_team"),
                "penaltyShootout", shootout, "penaltiesFor", shootout ? r.integer("penalties_for") : null,
                "penaltiesAgainst", shootout ? r.integer("penalties_against") : null));
    }

    private void refereeAppearance(CsvRow r) {
        link(REFEREED, r, r.required("referee_id"), r.required("match_id"), Map.of());
    }

    private void goal(CsvRow r) {
        timedEvent(r, "goal_id", GOAL_EVENT, "ownGoal", "own_goal", "penalty", "penalty");
    }

    private void booking(CsvRow r) {
        timedEvent(r, "booking_id", BOOKING_EVENT, "yellowCard", "yellow_card", "redCard", "red_card",
                "secondYellowCard", "second_yellow_card", "sendingOff", "sending_off");
    }

    private void substitution(CsvRow r) {
        timedEvent(r, "substitution_id", SUBSTITUTION_EVENT, "goingOff", "going_off", "comingOn", "coming_on");
    }

    /** An event at a {@link #minute}, with a true/false property for each (property, column) pair of {@code flags}. */
    private void timedEvent(CsvRow r, String idColumn, WriteStatement statement, String... flags) {
        Map<String, Object> p = minute(r);
        for (int i = 0; i < flags.length; i += 2) {
            p.put(flags[i], r.flag(flags[i + 1]));
        }
        event(r, r.required(idColumn), statement, p);
    }

    private void penaltyKick(CsvRow r) {
        event(r, r.required("penalty_kick_id"), PENALTY_KICK_EVENT, props("converted", r.flag("converted")));
    }

    private void event(CsvRow r, String id, WriteStatement statement, Map<String, Object> props) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", id);
        row.put("props", props);
        row.put("match", r.required("match_id"));
        row.put("player", r.required("player_id"));
        row.put("team", r.required("team_id"));
        writer.write(statement, r.file(), r.line(), row);
    }

    /** Minute, stoppage time and period; the label ("90+3'") is parsed and checked against the numeric columns. */
    private static Map<String, Object> minute(CsvRow r) {
        Minute m = Minute.parse(r.required("minute_label"), r.file() + ":" + r.line() + ": column minute_label");
        Integer regulation = r.integer("minute_regulation");
        Integer stoppage = r.integer("minute_stoppage");
        if (regulation != null && regulation != m.regulation() || stoppage != null && stoppage != m.stoppage()) {
            throw r.bad("minute_label", m.regulation() + "+" + m.stoppage() + " as in minute_regulation " + regulation
                    + " and minute_stoppage " + stoppage);
        }
        return props("minute", m.regulation(), "stoppage", m.stoppage(), "minuteLabel", m.label(), "period", r.optional("match_period"));
    }
}
