package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;

import java.io.PrintWriter;
import java.util.List;

/**
 * One domain {@code groundwork ask --domain NAME} can answer in; {@link AskCommand} finds it in
 * {@link #ALL} by {@link #name()}, so a new domain plugs in with one entry there.
 * Implementations must be stateless and thread-safe.
 */
interface AskDomain {
    /** Every domain {@code ask} knows. */
    List<AskDomain> ALL = List.of(new CommonsenseAskDomain(), new TicketsAskDomain(), new SportsAskDomain());

    /** The value of {@code --domain}. */
    String name();

    /**
     * Answers {@code question} (against {@code answer} when given) and prints the result: for people,
     * in {@code format} if given, or as one JSON line when {@code json}.
     */
    void ask(GraphStore store, AskCommand.Question question, PrintWriter out);
}
