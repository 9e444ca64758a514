package dev.groundwork.api.graphql;

import dev.groundwork.graph.UnavailableException;
import dev.groundwork.query.predictedlinks.Direction;
import dev.groundwork.query.predictedlinks.PredictedLinks;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * {@code Query.predictLinks} and {@code Query.scoreTriple}, answered by the {@link PredictedLinks}
 * the server was started with ({@code serve --model FILE}); without one both fields answer an
 * UNAVAILABLE error that says how to configure a model. Thread-safe: the model is loaded once
 * before the server starts and is immutable, so concurrent queries share it.
 */
@Singleton
final class LinkPredictionWiring implements SchemaWiring {
    static final String NO_MODEL = "no link-prediction model is loaded; start the server with --model FILE (a model written by"
            + " 'groundwork train linkpred'), or set groundwork.linkpred.model / GROUNDWORK_LINKPRED_MODEL";

    private final Optional<PredictedLinks> links;
    private final ApiLimits limits;

    LinkPredictionWiring(Optional<PredictedLinks> links, ApiLimits limits) {
        this.links = links;
        this.limits = limits;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("predictLinks", env -> {
                    // Bounds first: an oversized k is the caller's error whether or not a model is loaded.
                    int k = Arguments.upTo(env, "k", limits.k(), "groundwork.api.limits.k");
                    return links().predict(env.getArgument("head"), env.getArgument("relation"), k,
                            Direction.valueOf(env.getArgument("direction")));
                })
                .dataFetcher("scoreTriple", env -> links().score(env.getArgument("head"), env.getArgument("relation"),
                        env.getArgument("tail"))));
    }

    private PredictedLinks links() {
        return links.orElseThrow(() -> new UnavailableException(NO_MODEL));
    }
}
