package dev.groundwork.api.graphql;

import dev.groundwork.query.explore.GraphExplorer;
import dev.groundwork.graph.store.GraphStore;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code node}, {@code nodes} (a cursor-paginated connection) and {@code subgraph}: the generic view of any graph. */
@Singleton
final class ExploreWiring implements SchemaWiring {
    private final GraphExplorer explorer;
    private final ApiLimits limits;

    ExploreWiring(GraphStore store, ApiLimits limits) {
        this.explorer = new GraphExplorer(store);
        this.limits = limits;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("node", env -> explorer.node(env.<String>getArgument("id")))
                .dataFetcher("nodes", this::nodes)
                .dataFetcher("evidenceCypher", env -> GraphExplorer.browserCypher(env.getArgument("ids")))
                .dataFetcher("subgraph", env -> explorer.subgraph(env.getArgument("seeds"), hops(env, limits),
                        limit(env, limits), env.getArgument("relationshipTypes"))));
    }

    /** {@code hops}, at most {@code groundwork.api.limits.hops}. */
    static int hops(DataFetchingEnvironment env, ApiLimits limits) {
        return Arguments.upTo(env, "hops", limits.hops(), "groundwork.api.limits.hops");
    }

    /** {@code limit}, at most {@code groundwork.api.limits.limit}. */
    static int limit(DataFetchingEnvironment env, ApiLimits limits) {
        return Arguments.upTo(env, "limit", limits.limit(), "groundwork.api.limits.limit");
    }

    private Map<String, Object> nodes(DataFetchingEnvironment env) {
        GraphExplorer.Page page = explorer.nodes(env.getArgument("label"), env.<Integer>getArgument("first"), env.getArgument("after"));
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.nodes().size(); i++) {
            edges.add(Map.of("cursor", page.cursors().get(i), "node", page.nodes().get(i)));
        }
        Map<String, Object> info = new java.util.HashMap<>();
        info.put("hasNextPage", page.hasNextPage());
        info.put("endCursor", page.endCursor());
        return Map.of("edges", edges, "pageInfo", info);
    }
}
