package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
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

    String card() {
        return required("card");
    }

    String outcome() {
        return required("outcome");
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
