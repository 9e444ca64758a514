package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;

/** Soccer: a Cypher template chosen for the question, its slots filled from the linked names, run read-only. */
final class SportsDomain implements AnswerDomain {
    private final DomainEngines engines;

    SportsDomain(DomainEngines engines) {
        this.engines = engines;
    }

    @Override
    public String name() {
        return "sports";
    }

    @Override
    public String countCypher() {
        return "MATCH (m:Match) RETURN count(m) AS n";
    }

    @Override
    public String namesCypher() {
        return """
                MATCH (n:Team|Player|Stadium|Award)
                UNWIND [n.name, n.familyName] AS name
                WITH name WHERE name IS NOT NULL
                RETURN DISTINCT name
                """;
    }

    @Override
    public double entityWeight() {
        return 1.0;
    }

    @Override
    public Answer answer(String question, int k) {
        return engines.sportsAnswerer().answer(question).answer();
    }
}
