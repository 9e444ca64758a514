package dev.groundwork.query.sports.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One question of the soccer gold set, as written in {@code sports/gold-questions.jsonl}: the text a
 * user types, the template family it exercises and that family's slots. The expected answer is not
 * stored here; {@link SportsEval#goldAnswers} computes it from the CSV files.
 *
 * <p>Immutable and thread-safe. Usage: {@code SportsEval.goldQuestions().getFirst().question()}.
 *
 * @param id         unique id such as {@code q001}
 * @param question   the question as a user would type it
 * @param family     the template family, e.g. {@code match_score}
 * @param args       the family's slots (team, opponent, year, gender, stage, player, ...), as text
 * @param answerable false for unanswerable or ambiguous questions, whose right answer is to say so
 * @param reason     why an unanswerable question is one; null for answerable ones
 */
public record GoldQuestion(String id, String question, String family, Map<String, String> args, boolean answerable, String reason) {

    public GoldQuestion {
        requireText(id, "id");
        requireText(question, "question");
        requireText(family, "family");
        // Insertion order is kept so that messages list the slots as the gold file does.
        args = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(args, "args")));
        if (!answerable && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("gold question " + id + " is unanswerable and needs a reason");
        }
        if (answerable && reason != null) {
            throw new IllegalArgumentException("gold question " + id + " is answerable and must not have a reason, got '" + reason + "'");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("gold question " + name + " must not be blank");
        }
    }
}
