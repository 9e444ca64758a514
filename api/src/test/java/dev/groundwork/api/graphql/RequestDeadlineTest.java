package dev.groundwork.api.graphql;

import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack: a request that times out after {@code groundwork.api.timeout} while its Neo4j transaction, beam search
 * or path search keeps running, so that repeated requests pile up work the server can no longer refuse.
 */
@ExtendWith(SharedNeo4j.class)
class RequestDeadlineTest {
    /** Minutes of work for Neo4j unless something stops it; the marker finds it in SHOW TRANSACTIONS. */
    private static final String SLOW = "UNWIND range(1, 4000000000) AS x WITH x WHERE x = -17 RETURN count(x) AS slowReadMarker";
    private static final String RUNNING = "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'slowReadMarker'"
            + " AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n";

    private static GraphQL graphql(Duration timeout, String field, DataFetcher<?> fetcher) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { slowRead: Int loop: Int }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher(field, fetcher)).build());
        RequestGuard guard = new RequestGuard(new ApiSettings(15, 500, timeout, null, 0, Duration.ofMinutes(1)), new SimpleMeterRegistry());
        return GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(guard)))
                .defaultDataFetcherExceptionHandler(new TypedErrors()).build();
    }

    private static long running(GraphStore store) {
        // SHOW TRANSACTIONS runs in an auto-commit transaction of its own.
        try (Session s = store.session(AccessMode.READ)) {
            return s.run(RUNNING).single().get("n").asLong();
        }
    }

    @Test
    void aTimedOutRequestLeavesNoNeo4jTransactionRunning(GraphStore store) throws Exception {
        GraphQL g = graphql(Duration.ofSeconds(2), "slowRead", env -> store.read(tx -> tx.run(SLOW).single().get(0).asInt()));
        AtomicLong seen = new AtomicLong();
        running(store);
        // Stopped by a flag, not an interrupt: an interrupt that lands inside the driver's call fails that call
        // ("Thread interrupted while closing the transaction") and the watcher with it.
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                seen.accumulateAndGet(running(store), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        ExecutionResult r = g.execute(ExecutionInput.newExecutionInput("{ slowRead }").build());
        done.set(true);
        watcher.join();
        assertThat(r.getErrors()).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "TIMEOUT"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(seen.get()).as("the slow read was running in Neo4j during the request").isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running(store) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(running(store)).as("transactions of the timed-out request left in SHOW TRANSACTIONS").isZero();
    }

    @Test
    void aNestedResolverRunsUnderTheRequestDeadlineSoItsTransactionEndsWithTheRequest(GraphStore store) throws Exception {
        // The attack: a fast top-level list whose nested field (a ticket's links, a node's neighbours) reads without end,
        // outside the top-level field's deadline.
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { item: Item } type Item { slowRead: Int }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", t -> t.dataFetcher("item", env -> java.util.Map.of()))
                        .type("Item", t -> t.dataFetcher("slowRead", env -> store.read(tx -> tx.run(SLOW).single().get(0).asInt())))
                        .build());
        RequestGuard guard = new RequestGuard(new ApiSettings(15, 500, Duration.ofSeconds(2), null, 0, Duration.ofMinutes(1)),
                new SimpleMeterRegistry());
        GraphQL g = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(guard)))
                .defaultDataFetcherExceptionHandler(new TypedErrors()).build();

        long t0 = System.nanoTime();
        ExecutionResult r = g.execute(ExecutionInput.newExecutionInput("{ item { slowRead } }").build());

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(r.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getPath()).containsExactly("item", "slowRead");
            assertThat(e.getExtensions()).containsEntry("code", "TIMEOUT");
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running(store) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(running(store)).as("the nested field's transaction left in SHOW TRANSACTIONS").isZero();
    }

    @Test
    void aLoopThatChecksTheDeadlineStopsWhenTheRequestTimesOut() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        GraphQL g = graphql(Duration.ofMillis(300), "loop", env -> {
            try {
                while (true) {
                    Deadline.check("the test loop");
                    Thread.onSpinWait();
                }
            } finally {
                stopped.countDown();
            }
        });
        ExecutionResult r = g.execute(ExecutionInput.newExecutionInput("{ loop }").build());
        assertThat(r.getErrors().getFirst().getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the loop stopped").isTrue();
    }
}
