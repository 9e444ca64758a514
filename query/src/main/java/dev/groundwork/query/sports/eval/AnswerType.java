package dev.groundwork.query.sports.eval;

import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, from a keyword rule on its text alone (the baseline
 * never sees the gold family or slots), and how to read that kind of value from a retrieved row.
 * The first rule that fires wins; a question no rule recognises gets {@link #UNKNOWN}.
 */
enum AnswerType {
    COUNT(List.of()),
    PENALTY_SCORE(List.of("score_penalties")),
    SCORE(List.of("score")),
    YEAR(List.of("year")),
    DATE(List.of("match_date", "start_date")),
    PLACE(List.of("stadium_name", "host_country", "city_name", "country_name")),
    STAGE(List.of("performance", "stage_name")),
    PERSON(List.of("given_name")),
    TEAM(List.of("winner", "team_name", "home_team_name")),
    UNKNOWN(List.of());

    /** "score" or "scores" but not "scored" or "scorer", which ask for a person. */
    private static final Pattern SCORE_WORD = Pattern.compile("\\bscores?\\b");
    private static final List<String> PERSON_WORDS = List.of("scor", "referee", "ref ", "manag", "coach", "sent off", "golden", "ball", "boot", "glove", "player");
    private static final List<String> TEAM_WORDS = List.of("team", "country", "nation", "won", "win", "champion", "host", "finish", "came", "lost", "runner", "group");

    /** The columns that hold this type's value, in order of preference. */
    private final List<String> columns;

    AnswerType(List<String> columns) {
        this.columns = columns;
    }

    static AnswerType of(String question) {
        String q = question.toLowerCase(Locale.ROOT) + " ";
        if (q.contains("how many") || q.contains("number of")) {
            return COUNT;
        }
        boolean score = SCORE_WORD.matcher(q).find();
        if (score && (q.contains("penalt") || q.contains("shoot"))) {
            return PENALTY_SCORE;
        }
        if (score || q.contains("result") || q.contains("how did")) {
            return SCORE;
        }
        if (q.contains("what year") || q.contains("which year")) {
            return YEAR;
        }
        if (q.startsWith("when") || q.contains("what date")) {
            return DATE;
        }
        if (q.contains("where") || q.contains("stadium") || q.contains("venue")) {
            return PLACE;
        }
        if (q.contains("how far") || q.contains("stage")) {
            return STAGE;
        }
        return whoOrWhich(q);
    }

    private static AnswerType whoOrWhich(String q) {
        boolean asksForName = q.startsWith("who") || q.startsWith("which") || q.contains("top scorer") || q.contains("winner") || q.contains("biggest");
        if (!asksForName) {
            return UNKNOWN;
        }
        if (PERSON_WORDS.stream().anyMatch(q::contains)) {
            return PERSON;
        }
        return TEAM_WORDS.stream().anyMatch(q::contains) ? TEAM : PERSON;
    }

    /** This type's value in {@code row}, if the row has a column for it. */
    Optional<String> value(Row row) {
        for (String column : columns) {
            if (row.columns().containsKey(column)) {
                return Optional.of(read(row, column));
            }
        }
        // Rows without the column may still carry the value in another shape.
        if (this == SCORE && row.columns().containsKey("goals_for")) {
            return Optional.of(Matches.format(row.integer("goals_for"), row.integer("goals_against")));
        }
        if (this == YEAR && row.columns().containsKey("tournament_id")) {
            return Optional.of(row.get("tournament_id").replace("WC-", ""));
        }
        return Optional.empty();
    }

    private String read(Row row, String column) {
        return this == PERSON ? WorldCupData.person(row) : row.get(column);
    }
}
