package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.tickets.Candidates;
import dev.groundwork.query.tickets.RetrievalPart;
import dev.groundwork.query.tickets.TicketRetriever;

import java.util.List;
import java.util.Set;

/**
 * The graph method as a benchmark system: the query ticket's summary and description are the
 * question, filed when the graph says the query ticket was (its creation time, a field of every tracker, not a label),
 * and the query ticket with everything attached to it is left out of the search and of
 * the graph evidence, so nothing the benchmark asks about leaks into the answer.
 */
public final class GraphRanker implements Ranker {
    private final TicketRetriever retriever;

    public GraphRanker(TicketRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        return evidence(retriever, query, retriever.weights().parts()).rank(retriever.weights(), GraphTuning.DEPTH).stream()
                .map(TicketRetriever.Scored::key).toList();
    }

    /** The evidence for benchmark query {@code query} with what {@code parts} need: the one way every graph system asks. */
    static Candidates evidence(TicketRetriever retriever, BenchmarkTicket query, Set<RetrievalPart> parts) {
        return retriever.candidates(query.summary(), query.description(), retriever.filed(query.id()).orElse(null), Set.of(query.id()),
                parts);
    }

    @Override
    public void close() {
        // The retriever's store and index belong to the caller.
    }
}
