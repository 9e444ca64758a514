package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes each gold question's expected answer from the CSV files with plain Java over the rows;
 * it shares no class with the ingestors, so that a bug there cannot hide by agreeing with itself.
 * An unanswerable question's answer is "cannot answer". Thread-safe once built.
 */
final class GoldAnswers {
    /** Families whose questions are all unanswerable: the data cannot answer them by design. */
    static final Set<String> UNANSWERABLE_ONLY = Set.of("player_matches", "out_of_scope");

    private final Map<String, Family> families = new HashMap<>();

    GoldAnswers(Path dataDirectory) {
        WorldCupData data = new WorldCupData(dataDirectory);
        new TournamentFamilies(data).register(families);
        new MatchFamilies(data).register(families);
        new PlayerFamilies(data).register(families);
        new TeamFamilies(data).register(families);
    }

    /** Every family name a gold question may use, answerable or not. */
    Set<String> families() {
        Set<String> all = new TreeSet<>(families.keySet());
        all.addAll(UNANSWERABLE_ONLY);
        return all;
    }

    SportsAnswer expected(GoldQuestion question) {
        Family family = families.get(question.family());
        if (family == null && !UNANSWERABLE_ONLY.contains(question.family())) {
            throw new BadInputException("gold question " + question.id() + ": expected a family of " + families() + ", got '" + question.family() + "'");
        }
        if (!question.answerable()) {
            return SportsAnswer.cannotAnswer();
        }
        if (family == null) {
            throw new BadInputException("gold question " + question.id() + ": family " + question.family() + " only has unanswerable questions, but this one is marked answerable");
        }
        return family.answer(new GoldArgs(question));
    }

    List<GoldItem> compute(List<GoldQuestion> questions) {
        return questions.stream().map(q -> new GoldItem(q, expected(q))).toList();
    }
}
