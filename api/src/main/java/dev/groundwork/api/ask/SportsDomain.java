package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.query.sports.SportsAnswerer;
import dev.groundwork.query.sports.SportsQuestionAnswering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Soccer: a Cypher template chosen for the question, its slots filled from the linked names, run read-only. */
final class SportsDomain extends EngineDomain {
    SportsDomain(DomainEngines engines) {
        super(engines, "sports", SportsQuestionAnswering.COUNT, SportsQuestionAnswering.ENTITY_NAMES, Set.of("world", "cup", "win", "won"),
                1.0);
    }

    @Override
    public Answer answer(String question, int k) {
        return compose(question, engines.sportsAnswerer().answer(question));
    }

    /**
     * The values as one direct sentence ("Germany."), then what they rest on ("Tournament winner, from 2 cited nodes:
     * 2014 FIFA Men's World Cup [1] and Germany [2]."). The values, template and evidence are the sports engine's; a
     * question it could not answer keeps its reason. Where the question itself names some of the values but not all
     * ("Who did Germany beat in the 2014 final?" answered by the final's two teams), the direct sentence gives the others:
     * a question does not ask for what it names. A yes/no question ("Did the 2014 final go to extra time?") answered
     * with values that are not yes or no (the final's date) is declined: the values answer some other question.
     */
    static Answer compose(String question, SportsAnswerer.Result r) {
        Answer a = r.answer();
        if (!r.answered()) {
            return a;
        }
        if (Sentences.isPolar(question) && !r.values().isEmpty() && !r.values().stream().allMatch(Sentences::isYesOrNo)) {
            // Worded without "yes" or "no", so that the refusal cannot read as the answer.
            return new Answer("Cannot answer: the question asks whether something is so, and the sports templates found only "
                    + Sentences.list(r.values().stream().limit(3).toList(), "and") + " (" + r.template().replace('_', ' ')
                    + "), which does not settle it.", List.of(), Subgraph.EMPTY, a.cypher(), 0, a.timings());
        }
        List<String> asked = r.values().stream().filter(v -> !Sentences.names(question, v)).toList();
        List<String> values = asked.isEmpty() ? r.values() : asked;
        String direct = values.isEmpty() ? "None." : Sentences.list(values, "and") + ".";
        List<String> cited = new ArrayList<>();
        for (int i = 0; i < a.citations().size(); i++) {
            cited.add(a.citations().get(i).snippet() + " [" + (i + 1) + "]");
        }
        String support = Sentences.capitalised(r.template().replace('_', ' ')) + ", from "
                + Sentences.count(cited.size(), "cited node") + (cited.isEmpty() ? "." : ": " + Sentences.list(cited, "and") + ".");
        return new Answer(direct + " " + support, a.citations(), a.evidence(), a.cypher(), a.confidence(), a.timings());
    }
}
