package dev.groundwork.api.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard without a server: deadline, cache and its bypass, on a schema of its own. */
class RequestGuardTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private GraphQL graphql(Duration timeout, int cacheSize) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { slow: String fast(x: Int): Int }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t
                        .dataFetcher("slow", env -> {
                            Thread.sleep(2_000);
                            return "late";
                        })
                        .dataFetcher("fast", env -> calls.incrementAndGet())).build());
        RequestGuard guard = new RequestGuard(new ApiSettings(15, 500, timeout, null, cacheSize, Duration.ofMinutes(1)), registry);
        return GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(guard)))
                .defaultDataFetcherExceptionHandler(new TypedErrors()).build();
    }

    private static ExecutionResult run(GraphQL g, String query, boolean noCache) {
        return g.execute(ExecutionInput.newExecutionInput(query).graphQLContext(Map.of(RequestGuard.NO_CACHE, noCache)).build());
    }

    /** A guard with {@code cacheSize} cached results that has been asked the same read twice. */
    private GraphQL readTwice(int cacheSize) {
        GraphQL g = graphql(Duration.ofSeconds(10), cacheSize);
        run(g, "{ fast(x: 1) }", false);
        run(g, "{ fast(x: 1) }", false);
        return g;
    }

    @Test
    void aFieldPastTheDeadlineFailsWithTimeout() {
        ExecutionResult r = run(graphql(Duration.ofMillis(100), 0), "{ slow }", false);
        GraphQLError e = r.getErrors().getFirst();
        assertThat(e.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(e.getMessage()).isEqualTo("slow took longer than the request timeout (groundwork.api.timeout)");
    }

    @Test
    void repeatedReadsAreServedFromTheCacheUnlessNoCacheIsAsked() {
        GraphQL g = readTwice(10);
        assertThat(calls.get()).isEqualTo(1);
        run(g, "{ fast(x: 2) }", false);
        run(g, "{ fast(x: 1) }", true);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void withoutACacheEveryRequestRuns() {
        readTwice(0);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void recordsLatencyByOperation() {
        run(graphql(Duration.ofSeconds(10), 0), "{ fast(x: 1) }", false);
        assertThat(registry.find("groundwork.graphql.request").tag("operation", "fast").timer()).isNotNull();
        assertThat(registry.find("groundwork.graphql.field").tag("field", "fast").timer().count()).isEqualTo(1);
    }
}
