package dev.groundwork.api.ask;

import dev.groundwork.graph.cypher.CypherLimits;
import dev.groundwork.graph.cypher.UserCypher;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.sports.SportsAnswerer;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import dev.groundwork.query.tickets.TicketRetriever;
import dev.langchain4j.model.chat.ChatModel;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The retrieval engines of one store, each built on first use and kept: the ticket retriever (with
 * the search index of the store's {@code --search-index}: Lucene's {@code DIR/search/tickets}, which only one holder per
 * directory may open, or the database's own indexes), the
 * soccer question answerer (the parser, then Text2Cypher when a model is given) and the commonsense grounding (re-read when the number of concepts
 * changes). The GraphQL fields and the {@link Asker} share one instance per store.
 *
 * <p>Thread-safe. Lifetime: as long as the store; {@link #close()} closes the index.
 *
 * <pre>{@code
 * try (DomainEngines engines = new DomainEngines(store)) {
 *     Answer a = engines.tickets().ask("namenode out of memory", 3);
 * }
 * }</pre>
 */
public final class DomainEngines implements AutoCloseable {
    private final GraphStore store;
    private final Once<SearchIndex> index;
    private final Once<TicketRetriever> tickets;
    private final Once<SportsQuestionAnswering> sports;
    private final Once<SportsAnswerer> sportsAnswerer;
    private volatile Grounding grounding;

    private record Grounding(long concepts, CommonsenseGrounding grounding) {}

    public DomainEngines(GraphStore store) {
        this(store, Optional.empty(), CypherLimits.DEFAULT);
    }

    /**
     * @param text2cypher the language model that writes Cypher for soccer questions the parser declines, if configured
     * @param limits the row cap and timeout of the model's Cypher ({@code groundwork.cypher.*})
     */
    public DomainEngines(GraphStore store, Optional<ChatModel> text2cypher, CypherLimits limits) {
        this.store = store;
        this.index = new Once<>(() -> TicketIndex.open(store));
        this.tickets = new Once<>(() -> TicketRetriever.forIndex(store, index.get(), TicketRetriever.Weights.DEFAULTS));
        this.sports = new Once<>(() -> SportsQuestionAnswering.open(store));
        this.sportsAnswerer = new Once<>(() -> text2cypher
                .map(model -> SportsAnswerer.open(store, sports.get(), model, new UserCypher(store, limits)))
                .orElseGet(() -> SportsAnswerer.parserOnly(sports.get())));
    }

    public GraphStore store() {
        return store;
    }

    /** The ticket search index, opened on first use; writers of tickets (background ingestion) share it. */
    public SearchIndex ticketIndex() {
        return index.get();
    }

    /** The ticket retriever over the graph and the ticket search index. */
    public TicketRetriever tickets() {
        return tickets.get();
    }

    /** The soccer question answerer (reads the graph's names once). */
    public SportsQuestionAnswering sports() {
        return sports.get();
    }

    /** Soccer questions: the parser, then Text2Cypher when a model is configured; each answer names its method. */
    public SportsAnswerer sportsAnswerer() {
        return sportsAnswerer.get();
    }

    /** The commonsense grounding, re-read when the number of concepts changed since the last call. */
    public CommonsenseGrounding commonsense() {
        long n = store.read(tx -> tx.run(CommonsenseGrounding.COUNT).single().get("n").asLong());
        Grounding g = grounding;
        if (g == null || g.concepts() != n) {
            g = new Grounding(n, CommonsenseGrounding.load(store));
            grounding = g;
        }
        return g.grounding();
    }

    @Override
    public void close() {
        index.ifPresent(SearchIndex::close);
    }

    /** A value computed at most once, on first use. */
    private static final class Once<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Once(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        void ifPresent(java.util.function.Consumer<T> action) {
            T v = value;
            if (v != null) {
                action.accept(v);
            }
        }
    }
}
