package dev.groundwork.api.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ask.LinkScores;
import dev.groundwork.api.llm.AnswerWriter;
import dev.groundwork.api.llm.LlmSettings;
import dev.groundwork.graph.cypher.CypherLimits;
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
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
                         @Value("${groundwork.api.max-complexity:10000}") int maxComplexity,
                         @Value("${groundwork.api.timeout:30s}") Duration timeout,
                         @Value("${groundwork.api.key:}") String apiKey,
                         @Value("${groundwork.api.cache-size:1000}") int cacheSize,
                         @Value("${groundwork.api.cache-ttl:60s}") Duration cacheTtl) {
        return new ApiSettings(maxDepth, maxComplexity, timeout, apiKey, cacheSize, cacheTtl);
    }

    /** The API's one Jackson mapper ({@link ApiJson}): {@link ApiObjectMapper#SHARED}, which the command line uses too. */
    @Singleton
    @ApiJson
    ObjectMapper json() {
        return ApiObjectMapper.SHARED;
    }

    @Singleton
    ApiLimits limits(@Value("${groundwork.api.limits.k:100}") int k, @Value("${groundwork.api.limits.beam:256}") int beam,
                     @Value("${groundwork.api.limits.hops:4}") int hops, @Value("${groundwork.api.limits.limit:500}") int limit) {
        return new ApiLimits(k, beam, hops, limit);
    }

    /** Built with the context, so that a wrong {@code groundwork.llm.*} setting stops the server at start-up. */
    @Context
    LlmSettings llmSettings(@Value("${groundwork.llm.provider:none}") String provider,
                            @Value("${groundwork.llm.base-url:}") String baseUrl,
                            @Value("${groundwork.llm.model:}") String model,
                            @Value("${groundwork.llm.api-key:}") String apiKey,
                            @Value("${groundwork.llm.timeout:60s}") String timeout) {
        return LlmSettings.of(provider, baseUrl, model, apiKey, timeout);
    }

    @Singleton
    AnswerWriter answerWriter(LlmSettings settings, GraphStore store) {
        return AnswerWriter.open(settings, store);
    }

    /**
     * The asker, built on first use (it loads the embedding model and embeds the router's example
     * questions, timed as {@code groundwork.model.load{model=router}}); shared by {@code ask} and /ask/stream.
     */
    @Singleton
    Asker asker(DomainEngines engines, Optional<LinkScores> links, MeterRegistry registry) {
        long t0 = System.nanoTime();
        Asker a = Asker.open(engines, links.orElse(LinkScores.NONE));
        Timer.builder("groundwork.model.load").description("time to load a model").tag("model", "router")
                .register(registry).record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        return a;
    }

    @Singleton
    RequestGuard guard(ApiSettings settings, MeterRegistry registry) {
        return new RequestGuard(settings, registry);
    }

    @Singleton
    @Bean(preDestroy = "close")
    DomainEngines engines(GraphStore store, LlmSettings llm, @Value("${groundwork.cypher.max-rows:10000}") int maxRows,
                          @Value("${groundwork.cypher.timeout:30s}") String cypherTimeout) {
        return new DomainEngines(store, llm.chatModel(), CypherLimits.of(maxRows, cypherTimeout));
    }

    /** Every {@code graphql/*.graphqls} on the classpath, merged, with {@code wiring} and the JSON scalar. */
    static GraphQLSchema schema(RuntimeWiring.Builder wiring) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (ClasspathDirectory.Entry file : ClasspathDirectory.list("graphql", ".graphqls")) {
            types.merge(parser.parse(file.text()));
        }
        return new SchemaGenerator().makeExecutableSchema(types, wiring.scalar(JsonScalar.JSON).build());
    }

    @Singleton
    GraphQL graphQL(List<SchemaWiring> wirings, ApiSettings settings, RequestGuard guard) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        wirings.forEach(w -> w.wire(wiring));
        return GraphQL.newGraphQL(schema(wiring))
                .instrumentation(new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(settings.maxDepth()),
                        new MaxQueryComplexityInstrumentation(settings.maxComplexity(), new QueryCost()), guard)))
                .defaultDataFetcherExceptionHandler(new TypedErrors())
                .build();
    }
}
