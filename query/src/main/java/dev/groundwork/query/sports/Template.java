package dev.groundwork.query.sports;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One parameterised, read-only question template: example questions (with names replaced by the
 * placeholders {@link QuestionFrame} writes: Team, Player, Year, Group, Award), the slots it needs,
 * and the Cypher that answers it. The Cypher returns one row per answer value, with columns
 * {@code value} and {@code evidence} (the nodes the value comes from); its parameters are
 * {@code $tournament $season $gender $team $opponent $player $match $group $award $card $outcome $stage $side $position $person
 * $city $stadium $number $date $matchday}.
 * A template without Cypher is a refusal: questions like it ask for what the data does not hold.
 *
 * @param name a short name, e.g. {@code tournament_winner}
 * @param examples example questions, at least one
 * @param slots the slots the template needs
 * @param cypher the query, or empty for a refusal
 * @param refusal why such questions cannot be answered, for refusals; empty otherwise
 * @param noneIsAnswer whether no rows means the answer "none" (a set, e.g. the scorers of a 0–0)
 *                     rather than "the graph does not know" or a false premise
 * @param precondition Cypher returning one boolean column {@code ok}: whether the data can answer
 *                     at all (bookings were recorded, the team took part); empty for none
 * @param preconditionFailure what the answer says when the precondition does not hold
 */
record Template(String name, List<String> examples, Set<Slot> slots, String cypher, String refusal, boolean noneIsAnswer,
                String precondition, String preconditionFailure) {
    Template {
        Objects.requireNonNull(name, "name");
        examples = List.copyOf(examples);
        slots = Set.copyOf(slots);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("template " + name + " needs at least one example question");
        }
        if (cypher.isEmpty() == refusal.isEmpty()) {
            throw new IllegalArgumentException("template " + name + " must have either Cypher or a refusal reason");
        }
        if (!cypher.isEmpty() && !(cypher.contains(" AS value") && cypher.contains(" AS evidence"))) {
            throw new IllegalArgumentException("template " + name + " must return columns value and evidence: " + cypher);
        }
    }

    static Template query(String name, Set<Slot> slots, String cypher, String... examples) {
        return new Template(name, List.of(examples), slots, cypher, "", false, "", "");
    }

    /** A template whose answer is a set that may be empty. */
    static Template set(String name, Set<Slot> slots, String cypher, String... examples) {
        return new Template(name, List.of(examples), slots, cypher, "", true, "", "");
    }

    static Template refusal(String name, String reason, String... examples) {
        return refusal(name, Set.of(), reason, examples);
    }

    /** A refusal only for questions that fill {@code slots} (one about a player's appearances names a player). */
    static Template refusal(String name, Set<Slot> slots, String reason, String... examples) {
        return new Template(name, List.of(examples), slots, "", reason, false, "", "");
    }

    /** This template, answering only when {@code cypher} (returning {@code ok}) holds, else saying {@code failure}. */
    Template requiring(String cypher, String failure) {
        return new Template(name, examples, slots, this.cypher, refusal, noneIsAnswer, cypher, failure);
    }

    boolean isRefusal() {
        return cypher.isEmpty();
    }
}
