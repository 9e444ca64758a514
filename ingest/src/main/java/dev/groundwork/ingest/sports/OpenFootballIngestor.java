package dev.groundwork.ingest.sports;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.groundwork.ingest.sports.SportsStatements.*;

/**
 * Loads football.json league seasons (openfootball, public domain): one file per league season,
 * {@code {"name": "Premier League 2020/21", "matches": [...]}} with each match's {@code round},
 * {@code date}, {@code team1}, {@code team2} and {@code score} ({@code ht}, {@code ft}, {@code et},
 * {@code p} pairs), or in older files {@code rounds[].matches[]} with team objects and
 * {@code score1}/{@code score2}. A league is a Competition, a season a Tournament (with
 * {@code season} "2020/21"), a round the match's stage. Matches without a score (not played yet)
 * or with an unknown team ("N. N.") are skipped and counted. Not thread-safe; one per run.
 */
final class OpenFootballIngestor extends SourceIngestor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEASON = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The placeholder football.json writes for a team not known yet. */
    private static final String UNKNOWN_TEAM = "N. N.";

    OpenFootballIngestor(Rows writer, Identities ids, FileProgress progress) {
        super(writer, ids, progress);
    }

    /** The league files at {@code path}: the file itself, or every {@code *.json} in the directory but club and group lists. */
    static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new NotFoundException(path + ": expected a football.json file or a directory of them, there is none");
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.endsWith(".clubs.json") && !n.endsWith(".groups.json");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new NotFoundException(path + ": expected football.json league files (*.json), the directory has none");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + path, e);
        }
    }

    Map<String, Long> load(List<Path> files) {
        for (Path f : files) {
            long n = season(f);
            writer.flush();
            rowsPerFile.put(f.getFileName().toString(), n);
        }
        return rowsPerFile;
    }

    private long season(Path file) {
        String name = file.getFileName().toString();
        JsonAt root = JsonAt.root(name, JsonAt.read(JSON, file, name));
        JsonAt title = root.get("name");
        String fullName = title.text();
        Matcher s = SEASON.matcher(fullName);
        if (!s.find()) {
            s = SEASON.matcher(name);
            if (!s.find()) {
                throw title.bad("a league name with its season such as 'Premier League 2020/21' (or a file name such as 2020-21_en.1.json)");
            }
        }
        String season = seasonName(s.group(1), s.group(2));
        String league = fullName.replace(s.group(), "").strip();
        String competition = "openfootball:" + NameKey.slug(league);
        String tournament = competition + ":" + season.replace('/', '-');
        String source = file.toAbsolutePath().toUri().toString();
        writer.write(COMPETITION, source, 1, Map.of("key", competition, "props", Map.of("name", league, "source", "openfootball")));
        writer.write(TOURNAMENT, source, 1, Map.of("key", tournament, "props", Map.of("name", league + " " + season, "season", season,
                "year", Integer.parseInt(s.group(1)))));
        writer.write(IN_COMPETITION, source, 1, Map.of("from", tournament, "to", competition, "props", Map.of()));
        long rows = 0;
        long skipped = 0;
        if (root.get("matches").present()) {
            for (JsonAt match : root.get("matches").elements()) {
                rows++;
                skipped += match(match, match.get("round").optionalText(), tournament, source, rows) ? 0 : 1;
            }
        } else if (root.get("rounds").present()) {
            for (JsonAt round : root.get("rounds").elements()) {
                String roundName = round.get("name").optionalText();
                for (JsonAt match : round.get("matches").elements()) {
                    rows++;
                    skipped += match(match, roundName, tournament, source, rows) ? 0 : 1;
                }
            }
        } else {
            throw root.bad("a league season with 'matches' (or 'rounds' with their 'matches')");
        }
        progress.read(name + ": " + rows + " matches (" + fullName + ")" + (skipped == 0 ? ""
                : ", " + skipped + " skipped: not played yet or a team not known yet"));
        return rows;
    }

    /** football.json writes "2020/21"; StatsBomb "2015/2016". One spelling: "2020/21". */
    static String seasonName(String start, String end) {
        return start + "/" + (end.length() == 4 ? end.substring(2) : end);
    }

    /** Writes one match; false when it is skipped (no score yet, or a team not known yet). */
    private boolean match(JsonAt m, String round, String tournament, String source, long record) {
        String name1 = teamName(m.get("team1"));
        String name2 = teamName(m.get("team2"));
        String date = m.get("date").text();
        if (!DATE.matcher(date).matches()) {
            throw m.get("date").bad("a date such as 2020-09-12");
        }
        JsonAt score = m.get("score");
        Score ft = score.present() ? Score.read(score.get("ft")) : pair(m, "score1", "score2");
        Score ht = score.present() ? Score.read(score.get("ht")) : pair(m, "score1i", "score2i");
        Score et = score.present() ? Score.read(score.get("et")) : pair(m, "score1et", "score2et");
        Score pens = score.present() ? Score.read(score.get("p")) : pair(m, "score1p", "score2p");
        if (ft == null && et == null || name1.equals(UNKNOWN_TEAM) || name2.equals(UNKNOWN_TEAM)) {
            writer.skip();
            return false;
        }
        String own1 = "openfootball:team:" + NameKey.slug(name1);
        String own2 = "openfootball:team:" + NameKey.slug(name2);
        String home = team(own1, name1, source, record);
        String away = team(own2, name2, source, record);
        String id = tournament + ":" + date + ":" + NameKey.slug(name1) + ":" + NameKey.slug(name2);
        var existing = ids.match(id, date, home, away);
        if (existing.isPresent()) {
            writer.write(MATCH_ALIAS, source, record, Map.of("key", existing.get(), "props", Map.of("openfootballId", id)));
            return true;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("name", name1 + " vs " + name2);
        if (round != null) {
            props.put("round", round);
            props.put("stage", WorldCupIngestor.canonicalStage(round));
        }
        String time = m.get("time").optionalText();
        if (time != null) {
            props.put("time", time);
        }
        if (ht != null) {
            props.put("halfTimeHomeScore", ht.first());
            props.put("halfTimeAwayScore", ht.second());
        }
        props.put("extraTime", et != null);
        new MatchRecord(id, tournament, date, home, away, et != null ? et : ft, pens, null, props).write(writer, source, record);
        return true;
    }

    private String team(String ownId, String name, String source, long record) {
        return team(ownId, name, Map.of("name", name), Map.of("openfootballName", name), source, record);
    }

    /** A team as a name (newer files) or an object with a name (older files). */
    private static String teamName(JsonAt team) {
        return team.node().isObject() ? team.get("name").text() : team.text();
    }

    private static Score pair(JsonAt m, String first, String second) {
        Integer a = m.get(first).optionalInt();
        Integer b = m.get(second).optionalInt();
        if (a == null && b == null) {
            return null;
        }
        if (a == null || b == null || a < 0 || b < 0) {
            throw m.get(a == null || a < 0 ? first : second).bad("goals of at least 0 for both " + first + " and " + second);
        }
        return new Score(a, b);
    }
}
