package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.query.sports.SportsAnswerer;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/**
 * {@code Query.askSports}: soccer questions answered by {@link SportsAnswerer}: the question
 * parser, then Text2Cypher when {@code groundwork.llm.*} configures a model. The answerer is built on the first question (it reads the graph's names and embeds the templates)
 * and kept; thread-safe.
 */
@Singleton
final class SportsWiring implements SchemaWiring {
    private final DomainEngines engines;

    SportsWiring(DomainEngines engines) {
        this.engines = engines;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("askSports", env -> answerer().answer(Arguments.text(env, "question"))));
    }

    private SportsAnswerer answerer() {
        return engines.sportsAnswerer();
    }
}
