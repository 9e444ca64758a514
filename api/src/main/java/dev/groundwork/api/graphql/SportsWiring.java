package dev.groundwork.api.graphql;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/**
 * {@code Query.askSports}: soccer questions answered by {@link SportsQuestionAnswering}. The
 * answerer is built on the first question (it reads the graph's names and embeds the templates)
 * and kept; thread-safe.
 */
@Singleton
final class SportsWiring implements SchemaWiring {
    private final GraphStore store;
    private volatile SportsQuestionAnswering qa;

    SportsWiring(GraphStore store) {
        this.store = store;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("askSports", env -> answerer().answer(env.<String>getArgument("question"))));
        wiring.type("SportsAnswer", t -> t
                .dataFetcher("cypher", env -> env.<SportsQuestionAnswering.Result>getSource().answer().cypher()));
    }

    private SportsQuestionAnswering answerer() {
        SportsQuestionAnswering a = qa;
        if (a == null) {
            synchronized (this) {
                a = qa;
                if (a == null) {
                    a = SportsQuestionAnswering.open(store);
                    qa = a;
                }
            }
        }
        return a;
    }
}
