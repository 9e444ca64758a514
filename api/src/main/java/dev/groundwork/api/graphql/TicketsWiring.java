package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.tickets.TicketLookup;
import dev.groundwork.query.tickets.TicketRetriever;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code searchTickets}, {@code ticket} and {@code askTickets}. The retriever (and the search index
 * {@code DIR/search/tickets}) come from {@link DomainEngines}, opened on the first ticket query, so a
 * server without tickets never touches them.
 */
@Singleton
final class TicketsWiring implements SchemaWiring {
    private final ApiLimits limits;
    private final GraphStore store;
    private final DomainEngines engines;

    TicketsWiring(DomainEngines engines, ApiLimits limits) {
        this.limits = limits;
        this.store = engines.store();
        this.engines = engines;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("searchTickets", this::search)
                .dataFetcher("similarTickets", env -> retriever().similarTo(Arguments.text(env, "key"),
                        Arguments.upTo(env, "k", limits.k(), "groundwork.api.limits.k")))
                .dataFetcher("ticket", env -> TicketLookup.ticket(store, env.<String>getArgument("key")).orElse(null))
                .dataFetcher("askTickets", env -> retriever().ask(Arguments.text(env, "question"), Arguments.between(env, "k", 1, 20))));
        wiring.type("TicketHit", t -> t.dataFetcher("ticket", env ->
                TicketLookup.ticket(store, env.<TicketRetriever.Scored>getSource().key()).orElse(null)));
        wiring.type("Ticket", t -> t
                .dataFetcher("title", env -> property(env, "title"))
                .dataFetcher("status", env -> property(env, "status"))
                .dataFetcher("priority", env -> property(env, "priority"))
                .dataFetcher("type", env -> property(env, "type"))
                .dataFetcher("project", env -> property(env, "project"))
                .dataFetcher("created", env -> property(env, "created"))
                .dataFetcher("resolved", env -> property(env, "resolved"))
                .dataFetcher("placeholder", env -> property(env, "placeholder"))
                .dataFetcher("sections", TicketsWiring::sections));
        wiring.type("TicketLink", t -> t.dataFetcher("ticket", env ->
                TicketLookup.ticket(store, String.valueOf(env.<Map<String, Object>>getSource().get("key"))).orElse(null)));
    }

    private List<TicketRetriever.Scored> search(DataFetchingEnvironment env) {
        return retriever().rank(Arguments.text(env, "text"), "", Arguments.upTo(env, "k", limits.k(), "groundwork.api.limits.k"), Set.of());
    }

    private static Object property(DataFetchingEnvironment env, String name) {
        return env.<TicketLookup.TicketView>getSource().properties().get(name);
    }

    private static List<Map<String, Object>> sections(DataFetchingEnvironment env) {
        List<String> kinds = env.getArgument("kinds");
        return env.<TicketLookup.TicketView>getSource().sections().stream()
                .filter(s -> kinds == null || kinds.contains(String.valueOf(s.get("kind")))).toList();
    }

    private TicketRetriever retriever() {
        return engines.tickets();
    }
}
