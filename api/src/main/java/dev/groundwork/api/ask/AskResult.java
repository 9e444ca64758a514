package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;

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
 */
public record AskResult(String question, List<String> domains, List<Route> routes, boolean answered, Answer answer) {
    public AskResult {
        Objects.requireNonNull(question, "question");
        domains = List.copyOf(domains);
        routes = List.copyOf(routes);
        Objects.requireNonNull(answer, "answer");
    }
}
