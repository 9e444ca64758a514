package dev.groundwork.api.graphql;

import dev.groundwork.graph.rdf.SubgraphRdf;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code Query.concepts} and {@code Query.conceptSubgraph}. The concept vocabulary is read on first
 * use and read again when the number of concepts changes (an ingest ran meanwhile). Thread-safe.
 */
@Singleton
final class CommonsenseWiring implements SchemaWiring {
    static final String CONCEPT_COUNT = "MATCH (c:Concept) RETURN count(c) AS n";

    private final GraphStore store;
    private volatile Loaded loaded;

    private record Loaded(long concepts, CommonsenseGrounding grounding) {}

    CommonsenseWiring(GraphStore store) {
        this.store = store;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("concepts", env -> grounding().concepts(env.getArgument("text")))
                .dataFetcher("conceptSubgraph", env -> {
                    Request r = new Request(env.getArgument("hops"), env.getArgument("limit"),
                            CommonsenseGrounding.Strategy.PRUNED, Set.of());
                    String target = env.getArgument("target");
                    return target == null ? grounding().subgraph(env.<String>getArgument("source"), r)
                            : grounding().subgraph(env.getArgument("source"), target, r);
                }));
        wiring.type("ConceptSubgraph", t -> t
                .dataFetcher("rdf", env -> SubgraphRdf.write(env.<Result>getSource().subgraph(), env.getArgument("format"))));
    }

    private CommonsenseGrounding grounding() {
        long n = store.read(tx -> tx.run(CONCEPT_COUNT).single().get("n").asLong());
        Loaded l = loaded;
        if (l == null || l.concepts() != n) {
            l = new Loaded(n, CommonsenseGrounding.load(store));
            loaded = l;
        }
        return l.grounding();
    }
}
