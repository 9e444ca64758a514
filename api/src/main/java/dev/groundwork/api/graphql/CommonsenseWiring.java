package dev.groundwork.api.graphql;

import dev.groundwork.graph.rdf.SubgraphRdf;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code Query.concepts} and {@code Query.conceptSubgraph}. The grounding comes from
 * {@link DomainEngines} (read on first use, re-read when the number of concepts changes). Thread-safe.
 */
@Singleton
final class CommonsenseWiring implements SchemaWiring {
    private final DomainEngines engines;
    private final ApiLimits limits;

    CommonsenseWiring(DomainEngines engines, ApiLimits limits) {
        this.engines = engines;
        this.limits = limits;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("concepts", env -> grounding().concepts(Arguments.text(env, "text")))
                .dataFetcher("conceptSubgraph", env -> {
                    Request r = new Request(ExploreWiring.hops(env, limits), ExploreWiring.limit(env, limits),
                            CommonsenseGrounding.Strategy.PRUNED, Set.of());
                    String source = Arguments.text(env, "source");
                    return env.getArgument("target") == null ? grounding().subgraph(source, r)
                            : grounding().subgraph(source, Arguments.text(env, "target"), r);
                }));
        wiring.type("ConceptSubgraph", t -> t
                .dataFetcher("rdf", env -> SubgraphRdf.write(env.<Result>getSource().subgraph(), env.getArgument("format"))));
    }

    private CommonsenseGrounding grounding() {
        return engines.commonsense();
    }
}
