package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.query.tickets.TicketRetriever;

import java.util.Set;

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
        return TicketRetriever.COUNT;
    }

    @Override
    public String namesCypher() {
        return TicketRetriever.KEYS;
    }

    @Override
    public String examplesCypher() {
        return TicketRetriever.TITLES;
    }

    @Override
    public Set<String> cueWords() {
        return Set.of("ticket", "tickets", "bug", "issue");
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
