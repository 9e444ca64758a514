package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.graph.schema.ClasspathDirectory;
import dev.groundwork.graph.store.GraphStore;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * Builds the GraphQL API schema-first: {@code graphql/core.graphqls} (the shared model and
 * {@code Query}) merged with every other {@code graphql/*.graphqls} on the classpath (each domain's
 * {@code extend type Query}), wired by every {@link SchemaWiring} bean, guarded by the depth and
 * complexity limits and the {@link RequestGuard}, with {@link TypedErrors}.
 */
@Factory
final class GraphQLFactory {

    @Singleton
    ApiSettings settings(@Value("${groundwork.api.max-depth:15}") int maxDepth,
                         @Value("${groundwork.api.max-complexity:500}") int maxComplexity,
                         @Value("${groundwork.api.timeout:30s}") Duration timeout,
                         @Value("${groundwork.api.key:}") String apiKey,
                         @Value("${groundwork.api.cache-size:1000}") int cacheSize,
                         @Value("${groundwork.api.cache-ttl:60s}") Duration cacheTtl) {
        return new ApiSettings(maxDepth, maxComplexity, timeout, apiKey, cacheSize, cacheTtl);
    }

    @Singleton
    RequestGuard guard(ApiSettings settings, MeterRegistry registry) {
        return new RequestGuard(settings, registry);
    }

    @Singleton
    @Bean(preDestroy = "close")
    DomainEngines engines(GraphStore store) {
        return new DomainEngines(store);
    }

    @Singleton
    GraphQL graphQL(List<SchemaWiring> wirings, ApiSettings settings, RequestGuard guard) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (ClasspathDirectory.Entry file : ClasspathDirectory.list("graphql", ".graphqls")) {
            types.merge(parser.parse(file.text()));
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(JsonScalar.JSON);
        wirings.forEach(w -> w.wire(wiring));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        return GraphQL.newGraphQL(schema)
                .instrumentation(new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(settings.maxDepth()),
                        new MaxQueryComplexityInstrumentation(settings.maxComplexity()), guard)))
                .defaultDataFetcherExceptionHandler(new TypedErrors())
                .build();
    }
}
