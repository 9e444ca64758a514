package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.tickets.TicketRetriever;

import java.util.List;
import java.util.Set;

/**
 * The graph method as a benchmark system: the query ticket's summary and description are the
 * question, and the query ticket with everything attached to it is left out of the search and of
 * the graph evidence, so nothing the benchmark asks about leaks into the answer.
 */
public final class GraphRanker implements Ranker {
    private static final int DEPTH = 100;
    private final TicketRetriever retriever;

    public GraphRanker(TicketRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        return retriever.rank(query.summary(), query.description(), DEPTH, Set.of(query.id())).stream()
                .map(TicketRetriever.Scored::key).toList();
    }

    @Override
    public void close() {
        // The retriever's store and index belong to the caller.
    }
}
