package dev.groundwork.ingest.sports;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Reader;
import dev.groundwork.graph.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.groundwork.ingest.sports.SportsStatements.*;

/**
 * Loads the StatsBomb open-data layout ({@code competitions.json},
 * {@code matches/<competition>/<season>.json}, {@code lineups/<match>.json},
 * {@code events/<match>.json}): competitions and seasons, matches with teams, venue and referee,
 * lineups (squad membership and PLAYED_IN), and from the events shots (xG, outcome), goals, own
 * goals, cards, substitutions, shoot-out kicks, and per-player tallies of passes and shots on
 * PLAYED_IN. Event files are streamed one event at a time (Jackson streaming), never read whole.
 *
 * <p>A match another source already holds (same date and teams) keeps that source's goals,
 * cards and substitutions: StatsBomb adds its shots and appearances only, so nothing is counted
 * twice. Not thread-safe; one per ingest run.
 */
final class StatsBombIngestor extends SourceIngestor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
    /** Minutes at which each period's regulation time ends (1 and 2 halves, 3 and 4 extra time). */
    private static final int[] PERIOD_END = {0, 45, 90, 105, 120};
    private static final int SHOOTOUT = 5;

    /** A match being loaded: its graph id, its teams' graph ids by StatsBomb team id, and whether another source holds it. */
    private record Game(String id, String tournament, String date, Map<Integer, String> teams, boolean merged) {
        String opponent(int teamId) {
            return teams.entrySet().stream().filter(e -> e.getKey() != teamId).map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private final Map<String, String> players = new HashMap<>();

    StatsBombIngestor(Rows writer, Identities ids, FileProgress progress) {
        super(writer, ids, progress);
    }

    /** The directory holding {@code competitions.json}: {@code path} itself or its {@code data} (the repository's layout). */
    static Path root(Path path) {
        for (Path p : List.of(path, path.resolve("data"))) {
            if (Files.isRegularFile(p.resolve("competitions.json"))) {
                return p;
            }
        }
        throw new NotFoundException(path + ": expected the StatsBomb open-data layout (competitions.json, matches/, lineups/, events/),"
                + " there is no competitions.json");
    }

    Map<String, Long> load(Path root) {
        Path competitions = root.resolve("competitions.json");
        List<JsonAt> seasons = JsonAt.root("competitions.json", readTree(competitions, "competitions.json")).elements();
        rowsPerFile.put("competitions.json", (long) seasons.size());
        // The matches files are read before anything is written so that the progress has an end: each
        // season's matches file, then each match's lineups and events file.
        List<Season> toLoad = new ArrayList<>();
        long files = 1;
        for (JsonAt season : seasons) {
            int competition = season.get("competition_id").integer();
            int seasonId = season.get("season_id").integer();
            Path matches = root.resolve("matches").resolve(String.valueOf(competition)).resolve(seasonId + ".json");
            if (Files.isRegularFile(matches)) {
                String name = root.relativize(matches).toString();
                List<JsonAt> list = JsonAt.root(name, readTree(matches, name)).elements();
                toLoad.add(new Season(season, competition, seasonId, matches, list));
                files += 1 + 2L * list.size();
            }
        }
        progress.total(files);
        progress.read("competitions.json: " + seasons.size() + " seasons, " + toLoad.size() + " with matches");
        for (Season s : toLoad) {
            String tournament = tournament(s.entry(), source(competitions), s.competition(), s.seasonId());
            matches(root, s.file(), s.matches(), tournament);
        }
        return rowsPerFile;
    }

    /** A season of {@code competitions.json} whose matches file exists, with that file's matches. */
    private record Season(JsonAt entry, int competition, int seasonId, Path file, List<JsonAt> matches) {}

    private String tournament(JsonAt s, String source, int competition, int seasonId) {
        String name = s.get("competition_name").text();
        String seasonName = s.get("season_name").text();
        String gender = "female".equals(s.get("competition_gender").optionalText()) ? "women" : "men";
        String own = "statsbomb:" + competition + "/" + seasonId;
        long line = seasonId;
        if (name.contains("World Cup") && YEAR.matcher(seasonName).matches()) {
            var wc = ids.worldCup(own, gender, Integer.parseInt(seasonName));
            if (wc.isPresent()) {
                writer.write(TOURNAMENT_ALIAS, source, line, Map.of("key", wc.get(), "props", Map.of("statsbombId", competition + "/" + seasonId)));
                return wc.get();
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put("name", name + " " + seasonName);
        props.put("gender", gender);
        Matcher season = SEASON.matcher(seasonName);
        if (season.matches()) {
            props.put("season", OpenFootballIngestor.seasonName(season.group(1), season.group(2)));
            props.put("year", Integer.parseInt(season.group(1)));
        } else if (YEAR.matcher(seasonName).matches()) {
            props.put("year", Integer.parseInt(seasonName));
        } else {
            throw s.get("season_name").bad("a year such as 2018 or a season such as 2015/2016");
        }
        String comp = "statsbomb:" + competition;
        writer.write(COMPETITION, source, line, Map.of("key", comp, "props", Map.of("name", name, "gender", gender, "source", "statsbomb")));
        writer.write(TOURNAMENT, source, line, Map.of("key", own, "props", props));
        writer.write(IN_COMPETITION, source, line, Map.of("from", own, "to", comp, "props", Map.of()));
        return own;
    }

    private void matches(Path root, Path file, List<JsonAt> matches, String tournament) {
        String name = root.relativize(file).toString();
        rowsPerFile.put(name, (long) matches.size());
        progress.read(name + ": " + matches.size() + " matches");
        long record = 0;
        for (JsonAt m : matches) {
            record++;
            Game game = match(m, tournament, source(file), record);
            lineups(root, m.get("match_id").integer(), game);
            events(root, m.get("match_id").integer(), game);
            writer.flush();
        }
    }

    private Game match(JsonAt m, String tournament, String source, long record) {
        int matchId = m.get("match_id").integer();
        String date = m.get("match_date").text();
        JsonAt h = m.get("home_team");
        JsonAt a = m.get("away_team");
        int homeSb = h.get("home_team_id").integer();
        int awaySb = a.get("away_team_id").integer();
        String home = team(homeSb, h.get("home_team_name").text(), source, record);
        String away = team(awaySb, a.get("away_team_name").text(), source, record);
        Map<Integer, String> sides = Map.of(homeSb, home, awaySb, away);
        String own = "statsbomb:match:" + matchId;
        var existing = ids.match(own, date, home, away);
        if (existing.isPresent()) {
            writer.write(MATCH_ALIAS, source, record, Map.of("key", existing.get(), "props", Map.of("statsbombId", matchId)));
            return new Game(existing.get(), tournament, date, sides, true);
        }
        managers(h, home, tournament, source, record);
        managers(a, away, tournament, source, record);
        Score score = new Score(m.get("home_score").integer(), m.get("away_score").integer());
        Map<String, Object> props = new HashMap<>();
        props.put("name", h.get("home_team_name").text() + " vs " + a.get("away_team_name").text());
        props.put("statsbombId", matchId);
        String stage = m.get("competition_stage").get("name").optionalText();
        if (stage != null) {
            props.put("stage", WorldCupIngestor.canonicalStage(stage));
            props.put("stageName", stage);
        }
        String group = h.get("home_team_group").optionalText();
        if (group != null) {
            props.put("group", group);
        }
        Integer week = m.get("match_week").optionalInt();
        if (week != null) {
            props.put("round", "Matchday " + week);
        }
        String stadium = named(STADIUM, m.get("stadium"), "statsbomb:stadium:", source, record);
        String referee = named(REFEREE, m.get("referee"), "statsbomb:referee:", source, record);
        if (referee != null) {
            writer.write(REFEREED, source, record, Map.of("from", referee, "to", own, "props", Map.of()));
        }
        // The shoot-out is not in the match file: it is counted from the events and written after them.
        pending = new MatchRecord(own, tournament, date, home, away, score, null, stadium, props);
        pendingSource = source;
        pendingRecord = record;
        return new Game(own, tournament, date, sides, false);
    }

    private MatchRecord pending;
    private String pendingSource;
    private long pendingRecord;

    /**
     * The managers the match file names for one side (newer files have them), as managers of that team in the match's
     * tournament, under their nickname when they have one ("Ernesto Valverde"). Only for matches no other source holds: a
     * World Cup match's managers come from the World Cup data.
     */
    private void managers(JsonAt side, String team, String tournament, String source, long record) {
        for (JsonAt mg : side.get("managers").present() ? side.get("managers").elements() : List.<JsonAt>of()) {
            String id = "statsbomb:manager:" + mg.get("id").integer();
            String nickname = mg.get("nickname").optionalText();
            Map<String, Object> props = new HashMap<>();
            props.put("name", nickname != null ? nickname : mg.get("name").text());
            String country = mg.get("country").get("name").optionalText();
            if (country != null) {
                props.put("country", country);
            }
            writer.write(MANAGER, source, record, Map.of("key", id, "props", props));
            writer.write(MANAGED, source, record, Map.of("from", id, "to", team, "tournament", tournament, "props", Map.of()));
        }
    }

    private String named(dev.groundwork.graph.batch.WriteStatement statement, JsonAt node, String prefix, String source, long record) {
        if (!node.present()) {
            return null;
        }
        String id = prefix + node.get("id").integer();
        Map<String, Object> props = new HashMap<>();
        props.put("name", node.get("name").text());
        String country = node.get("country").get("name").optionalText();
        if (country != null) {
            props.put("country", country);
        }
        writer.write(statement, source, record, Map.of("key", id, "props", props));
        return id;
    }

    private String team(int sbId, String sbName, String source, long record) {
        // StatsBomb names women's national teams "England Women's"; the World Cup data has one team for both.
        String name = sbName.replaceFirst("\\s+Women's$", "");
        return team("statsbomb:team:" + sbId, name, Map.of("name", name, "statsbombId", sbId), Map.of("statsbombId", sbId),
                source, record);
    }

    private void lineups(Path root, int matchId, Game game) {
        Path file = root.resolve("lineups").resolve(matchId + ".json");
        if (!Files.isRegularFile(file)) {
            progress.read("lineups/" + matchId + ".json: missing, match " + matchId + " has no lineups");
            return;
        }
        String name = "lineups/" + matchId + ".json";
        String source = source(file);
        long record = 0;
        for (JsonAt side : JsonAt.root(name, readTree(file, name)).elements()) {
            String team = game.teams().get(side.get("team_id").integer());
            if (team == null) {
                throw side.get("team_id").bad("one of the match's teams " + game.teams().keySet());
            }
            for (JsonAt p : side.get("lineup").elements()) {
                record++;
                String player = player(p, team, game, source, record);
                JsonAt positions = p.get("positions");
                // Newer lineups list the whole squad; a player without positions did not play.
                if (!positions.present() || !positions.elements().isEmpty()) {
                    Map<String, Object> props = new HashMap<>();
                    Integer jersey = p.get("jersey_number").optionalInt();
                    if (jersey != null) {
                        props.put("jerseyNumber", jersey);
                    }
                    writer.write(PLAYED_IN, source, record, Map.of("from", player, "to", game.id(), "props", props));
                }
            }
        }
        rowsPerFile.merge("lineups", record, Long::sum);
        progress.readQuietly();
    }

    private String player(JsonAt p, String team, Game game, String source, long record) {
        int sbId = p.get("player_id").integer();
        String fullName = p.get("player_name").text();
        String nickname = p.get("player_nickname").optionalText();
        String own = "statsbomb:player:" + sbId;
        // The lineup's country is the player's nationality: what links a club player to his national team's squads.
        String country = p.get("country").get("name").optionalText();
        var resolved = ids.player(new Identities.PlayerRecord(own, sbId, nickname == null ? List.of(fullName) : List.of(nickname, fullName),
                team, game.tournament(), country, game.date()));
        String id = resolved.id();
        players.put(own, id);
        if (id.equals(own)) {
            Map<String, Object> props = new HashMap<>();
            props.put("name", nickname == null ? fullName : nickname);
            props.put("fullName", fullName);
            props.put("statsbombId", sbId);
            List<String> words = List.of((nickname == null ? fullName : nickname).split("\\s+"));
            props.put("familyName", words.getLast());
            if (country != null) {
                props.put("nationality", country);
            }
            writer.write(PLAYER, source, record, Map.of("key", id, "props", props));
        } else {
            writer.write(PLAYER_ALIAS, source, record, Map.of("key", id, "props", Map.of("statsbombId", sbId)));
        }
        // A squad the graph already records (the squad rule) keeps its first source's membership.
        if (!resolved.rule().equals("squad")) {
            writer.write(MEMBER_OF, source, record, Map.of("from", id, "to", team, "tournament", game.tournament(), "props", jersey(p)));
        }
        return id;
    }

    private static Map<String, Object> jersey(JsonAt p) {
        Integer jersey = p.get("jersey_number").optionalInt();
        return jersey == null ? Map.of() : Map.of("shirtNumber", jersey);
    }

    /** Streams the events of one match. */
    private void events(Path root, int matchId, Game game) {
        Path file = root.resolve("events").resolve(matchId + ".json");
        String name = "events/" + matchId + ".json";
        EventTally tally = new EventTally(writer, game.id(), source(file));
        if (!Files.isRegularFile(file)) {
            progress.read(name + ": missing, match " + matchId + " has no events");
        } else {
            long n = 0;
            try (Utf8Reader in = new Utf8Reader(Files.newInputStream(file)); JsonParser parser = JSON.createParser(in)) {
                try {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        JsonAt.requireUtf8(in, name);
                        throw new BadInputException(name + ":" + parser.currentLocation().getLineNr() + ": expected a JSON array of events");
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentLocation().getLineNr();
                        JsonNode event = parser.readValueAsTree();
                        JsonAt.requireUtf8(in, name);
                        event(new JsonAt(name + ":" + line, "$[" + n + "]", event), game, tally, source(file), line);
                        n++;
                    }
                } catch (JacksonException e) {
                    JsonAt.requireUtf8(in, name);
                    long line = (e.getLocation() != null ? e.getLocation() : parser.currentLocation()).getLineNr();
                    throw new BadInputException(name + ":" + line + ": expected valid JSON, got: " + e.getOriginalMessage());
                }
                in.skipToEnd();
                JsonAt.requireUtf8(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
            rowsPerFile.merge("events", n, Long::sum);
            progress.readQuietly();
        }
        tally.write(players);
        if (pending != null) {
            Score shootout = tally.shootout(pending.home(), pending.away());
            new MatchRecord(pending.id(), pending.tournament(), pending.date(), pending.home(), pending.away(), pending.score(), shootout,
                    pending.stadium(), pending.props()).write(writer, pendingSource, pendingRecord);
            pending = null;
        }
    }

    private void event(JsonAt e, Game game, EventTally tally, String source, long line) {
        String type = e.get("type").get("name").text();
        JsonAt playerNode = e.get("player");
        String player = playerNode.present() ? players.getOrDefault("statsbomb:player:" + playerNode.get("id").integer(),
                "statsbomb:player:" + playerNode.get("id").integer()) : null;
        Integer sbTeam = e.get("team").get("id").optionalInt();
        String team = sbTeam == null ? null : game.teams().get(sbTeam);
        int period = e.get("period").integer();
        String id = "statsbomb:event:" + e.get("id").text();
        switch (type) {
            case "Starting XI" -> {
                e.get("tactics").get("lineup").elements().forEach(p -> tally.started("statsbomb:player:" + p.get("player").get("id").integer(),
                        p.get("position").get("name").optionalText()));
                tally.formation(team, e.get("tactics").get("formation").optionalText());
            }
            case "Pass" -> tally.pass(player, !e.get("pass").get("outcome").present());
            case "Shot" -> shot(e, id, game, tally, player, team, period, source, line);
            case "Own Goal Against" -> {
                if (!game.merged()) {
                    Map<String, Object> p = minute(e, period);
                    p.put("ownGoal", true);
                    p.put("penalty", false);
                    event(GOAL_EVENT, id, game, player, game.opponent(sbTeam), p, source, line);
                }
            }
            case "Foul Committed", "Bad Behaviour" -> {
                JsonAt card = e.get(type.equals("Foul Committed") ? "foul_committed" : "bad_behaviour").get("card").get("name");
                if (card.present() && !game.merged()) {
                    event(BOOKING_EVENT, id, game, player, team, booking(e, period, card), source, line);
                }
            }
            case "Substitution" -> {
                if (!game.merged()) {
                    JsonAt on = e.get("substitution").get("replacement").get("id");
                    Map<String, Object> off = minute(e, period);
                    off.put("goingOff", true);
                    off.put("comingOn", false);
                    event(SUBSTITUTION_EVENT, id + "/off", game, player, team, off, source, line);
                    Map<String, Object> in = minute(e, period);
                    in.put("goingOff", false);
                    in.put("comingOn", true);
                    String onId = "statsbomb:player:" + on.integer();
                    event(SUBSTITUTION_EVENT, id + "/on", game, players.getOrDefault(onId, onId), team, in, source, line);
                }
            }
            default -> { }
        }
    }

    private void shot(JsonAt e, String id, Game game, EventTally tally, String player, String team, int period, String source, long line) {
        JsonAt shot = e.get("shot");
        Double xg = shot.get("statsbomb_xg").optionalNumber();
        String outcome = shot.get("outcome").get("name").text();
        boolean goal = outcome.equals("Goal");
        Map<String, Object> p = period == SHOOTOUT ? new HashMap<>(Map.of("period", "penalty shootout")) : minute(e, period);
        p.put("outcome", outcome);
        p.put("goal", goal);
        putIfPresent(p, "xg", xg);
        putIfPresent(p, "shotType", shot.get("type").get("name").optionalText());
        putIfPresent(p, "bodyPart", shot.get("body_part").get("name").optionalText());
        putIfPresent(p, "technique", shot.get("technique").get("name").optionalText());
        event(SHOT_EVENT, id, game, player, team, p, source, line);
        if (period == SHOOTOUT) {
            tally.kick(team, goal);
            if (!game.merged()) {
                event(PENALTY_KICK_EVENT, id, game, player, team, new HashMap<>(Map.of("converted", goal)), source, line);
            }
            return;
        }
        tally.shot(player, xg);
        if (goal && !game.merged()) {
            Map<String, Object> g = minute(e, period);
            g.put("ownGoal", false);
            g.put("penalty", "Penalty".equals(shot.get("type").get("name").optionalText()));
            event(GOAL_EVENT, id, game, player, team, g, source, line);
        }
    }

    private static Map<String, Object> booking(JsonAt e, int period, JsonAt card) {
        String c = card.text();
        Map<String, Object> p = minute(e, period);
        switch (c) {
            case "Yellow Card" -> p.putAll(Map.of("yellowCard", true, "redCard", false, "secondYellowCard", false, "sendingOff", false));
            case "Second Yellow" -> p.putAll(Map.of("yellowCard", true, "redCard", false, "secondYellowCard", true, "sendingOff", true));
            case "Red Card" -> p.putAll(Map.of("yellowCard", false, "redCard", true, "secondYellowCard", false, "sendingOff", true));
            default -> throw card.bad("Yellow Card, Second Yellow or Red Card");
        }
        return p;
    }

    /**
     * StatsBomb counts elapsed minutes from 0 and runs past the period's end ({@code minute} 92 in
     * the second half); football labels the minute being played, with stoppage time after the
     * period's end: 3:28 is 4', 92:10 is 90+3'.
     */
    static Map<String, Object> minute(JsonAt e, int period) {
        int elapsed = e.get("minute").integer();
        if (period < 1 || period > PERIOD_END.length - 1) {
            throw e.get("period").bad("a period from 1 to 5");
        }
        if (elapsed < 0 || elapsed > 150) {
            throw e.get("minute").bad("a minute from 0 to 150");
        }
        int played = elapsed + 1;
        int end = PERIOD_END[period];
        Minute m = played > end ? new Minute(end, Math.min(played - end, 30)) : new Minute(played, 0);
        Map<String, Object> p = new HashMap<>();
        p.put("minute", m.regulation());
        p.put("stoppage", m.stoppage());
        p.put("minuteLabel", m.label());
        p.put("period", switch (period) {
            case 1 -> "first half";
            case 2 -> "second half";
            case 3 -> "first half, extra time";
            default -> "second half, extra time";
        });
        return p;
    }

    private void event(dev.groundwork.graph.batch.WriteStatement statement, String id, Game game, String player, String team,
                       Map<String, Object> props, String source, long line) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", id);
        row.put("props", props);
        row.put("match", game.id());
        row.put("player", player);
        row.put("team", team);
        writer.write(statement, source, line, row);
    }

    private static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static JsonNode readTree(Path file, String name) {
        return JsonAt.read(JSON, file, name);
    }

    private static String source(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }
}
