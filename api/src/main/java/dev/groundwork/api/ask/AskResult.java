package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.query.commonsense.CommonsenseGrounding;

import java.util.List;
import java.util.Objects;

/**
 * A routed answer. Immutable.
 *
 * @param question the question asked
 * @param domains the domains that answered, in the order their parts appear in the text; empty when
 *                no domain fits (the text then says the graph cannot answer)
 * @param routes every domain's routing score, best first (empty when the caller named the domain)
 * @param answered whether some domain answered with cited evidence
 * @param answer text, citations, evidence, Cypher, confidence and timings
 * @param grounding the grounding paths asked for ({@link Asker.Paths}): the sub-graph joining the question's concepts
 *                  (to the candidate answer's) and its paths; null when not asked for or no domain answered has them
 */
public record AskResult(String question, List<String> domains, List<Route> routes, boolean answered, Answer answer,
                        CommonsenseGrounding.Result grounding) {
    public AskResult {
        Objects.requireNonNull(question, "question");
        domains = List.copyOf(domains);
        routes = List.copyOf(routes);
        Objects.requireNonNull(answer, "answer");
    }

    /** A result without grounding paths. */
    public AskResult(String question, List<String> domains, List<Route> routes, boolean answered, Answer answer) {
        this(question, domains, routes, answered, answer, null);
    }

    /** The same result with another answer (its text written by a model, say). */
    public AskResult withAnswer(Answer other) {
        return new AskResult(question, domains, routes, answered, other, grounding);
    }
}
