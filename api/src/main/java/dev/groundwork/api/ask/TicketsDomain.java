package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;

/** Tickets: the ticket retriever's top tickets, their sections of the asked kinds and linked tickets, cited. */
final class TicketsDomain implements AnswerDomain {
    private final DomainEngines engines;

    TicketsDomain(DomainEngines engines) {
        this.engines = engines;
    }

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public String countCypher() {
        return "MATCH (t:Ticket) RETURN count(t) AS n";
    }

    @Override
    public String namesCypher() {
        // Keys such as HADOOP-1234 (the project part makes them rare words); bare numeric keys would match any number.
        return "MATCH (t:Ticket) WHERE t.key =~ '.*[A-Za-z].*-[0-9]+' RETURN t.key AS name";
    }

    @Override
    public String examplesCypher() {
        return "MATCH (t:Ticket) WHERE t.title IS NOT NULL RETURN t.title AS text ORDER BY t.key LIMIT 300";
    }

    @Override
    public double entityWeight() {
        return 1.0;
    }

    @Override
    public Answer answer(String question, int k) {
        return engines.tickets().ask(question, k);
    }
}
