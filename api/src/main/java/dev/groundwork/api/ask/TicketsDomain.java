package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Node;
import dev.groundwork.query.tickets.TicketRetriever;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tickets: the ticket retriever's top tickets, their sections of the asked kinds and linked tickets, cited. */
final class TicketsDomain extends EngineDomain {
    TicketsDomain(DomainEngines engines) {
        super(engines, "tickets", TicketRetriever.COUNT, TicketRetriever.KEYS, Set.of("ticket", "tickets", "bug", "issue"), 1.0);
    }

    @Override
    public String examplesCypher() {
        return TicketRetriever.TITLES;
    }

    @Override
    public Answer answer(String question, int k) {
        return compose(engines.tickets().ask(question, k));
    }

    /**
     * One direct sentence naming the best-matching ticket and the runners-up ("The best match is ticket 13393040,
     * "Upgrade log4j to fix critical vulnerability" [1]; then 13328117 [4] and 13470235 [7]."), then the retriever's
     * statements: each ticket with its cited sections. It says "best match", not "yes": retrieval ranks tickets, it does
     * not decide that one is about the question. Citations and evidence are the retriever's, unchanged.
     */
    static Answer compose(Answer a) {
        List<String> tickets = new ArrayList<>();
        String best = null;
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            if (!c.label().equals("Ticket")) {
                continue;
            }
            Node n = a.evidence().nodes().stream().filter(x -> x.id().equals(c.nodeId())).findFirst().orElse(null);
            String key = n == null ? c.snippet() : String.valueOf(n.properties().getOrDefault("key", c.snippet()));
            if (best == null) {
                Object title = n == null ? null : n.properties().get("title");
                best = "The best match is ticket " + key + (title == null ? "" : ", \"" + title + "\"") + " [" + (i + 1) + "]";
            } else {
                tickets.add(key + " [" + (i + 1) + "]");
            }
        }
        if (best == null) {
            return a;
        }
        String direct = best + (tickets.isEmpty() ? "." : "; then " + Sentences.list(tickets, "and") + ".");
        return new Answer(direct + "\n" + a.text(), a.citations(), a.evidence(), a.cypher(), a.confidence(), a.timings());
    }
}
