package dev.groundwork.api.cli;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.tickets.TicketRetriever;

import java.io.PrintWriter;

/** {@code ask --domain tickets}: the top tickets, their sections of the asked kinds and an answer citing them. */
final class TicketsAskDomain implements AskDomain {
    private static final int TOP = 3;

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public void ask(GraphStore store, AskCommand.Question question, PrintWriter out) {
        Answer answer;
        try (SearchIndex index = SearchIndex.open(SearchIndex.directory(store.config().dataDir(), TicketIngest.INDEX))) {
            answer = TicketRetriever.forIndex(store, index, TicketRetriever.Weights.DEFAULTS)
                    .ask(question.text(), TOP);
        }
        print(answer, question.json(), out);
    }

    /** Prints an answer with its numbered citations, or the whole answer as JSON. */
    static void print(Answer answer, boolean json, PrintWriter out) {
        if (json) {
            Console.json(out, answer);
            return;
        }
        out.println(answer.text());
        out.println();
        int i = 1;
        for (Citation c : answer.citations()) {
            out.printf("[%d] %s %s: %s%n", i++, c.label(), c.nodeId(), c.snippet());
        }
        out.printf("evidence: %d nodes, %d edges; %s%n", answer.evidence().nodes().size(), answer.evidence().edges().size(),
                answer.timings());
        out.flush();
    }
}
