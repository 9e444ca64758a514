package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to a gold question's slots; a missing or malformed slot names the question and the slot. */
record GoldArgs(GoldQuestion question) {

    int year() {
        String value = required("year");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadInputException(where() + ": expected slot 'year' to be a year such as 2014, got '" + value + "'", e);
        }
    }

    /** The men's tournament unless the question says otherwise, as a user would expect (docs/sports-eval.md). */
    Gender gender() {
        return optional("gender").map(g -> Gender.parse(g, where())).orElse(Gender.MEN);
    }

    String team() {
        return required("team");
    }

    String player() {
        return required("player");
    }

    String group() {
        return required("group");
    }

    String award() {
        return required("award");
    }

    /**
     * What the value of {@code slot} stands for among {@code choices}; any other value names the question, the slot
     * and the accepted values ("expected slot 'card' to be any, red or yellow, got 'blue'").
     */
    <T> T oneOf(String slot, Map<String, T> choices) {
        String value = required(slot);
        T chosen = choices.get(value);
        if (chosen == null) {
            List<String> names = choices.keySet().stream().sorted().toList();
            String accepted = names.size() == 1 ? names.getFirst()
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
            throw new BadInputException(where() + ": expected slot '" + slot + "' to be " + accepted + ", got '" + value + "'");
        }
        return chosen;
    }

    Optional<String> optional(String slot) {
        return Optional.ofNullable(question.args().get(slot));
    }

    String required(String slot) {
        return optional(slot).orElseThrow(() -> new BadInputException(where() + ": family " + question.family() + " needs slot '" + slot + "', the question has " + question.args().keySet()));
    }

    String where() {
        return "gold question " + question.id();
    }
}
