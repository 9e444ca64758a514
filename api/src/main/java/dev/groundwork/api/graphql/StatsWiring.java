package dev.groundwork.api.graphql;

import dev.groundwork.graph.store.GraphStats;
import dev.groundwork.graph.store.GraphStore;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** {@code Query.stats}: the database, its Neo4j version and counts by label and type. */
@Singleton
final class StatsWiring implements SchemaWiring {
    private final GraphStore store;

    StatsWiring(GraphStore store) {
        this.store = store;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("stats", env -> GraphStats.of(store)));
        wiring.type("Stats", t -> t
                .dataFetcher("mode", env -> env.<GraphStats>getSource().mode().name())
                .dataFetcher("labels", env -> counts(env.<GraphStats>getSource().labels()))
                .dataFetcher("relationshipTypes", env -> counts(env.<GraphStats>getSource().relationshipTypes())));
    }

    private static List<Map<String, Object>> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(), "count", e.getValue())).toList();
    }
}
