package dev.groundwork.api.graphql;

import dev.groundwork.graph.Deadline;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Guards every top-level field of {@code Query} and {@code Mutation}: mutations need the API key;
 * read fields are served from a small result cache when allowed (not those marked {@code @uncached}); each field runs on a virtual
 * thread under the request's {@link Deadline} and fails with TIMEOUT once it passes, when the thread is interrupted
 * and its Neo4j transactions time out; nested resolvers run under the same deadline; latencies are recorded per
 * field ({@code groundwork.graphql.field}) and per operation ({@code groundwork.graphql.request},
 * tagged with the operation's top-level fields). Thread-safe; one per server.
 */
final class RequestGuard extends SimplePerformantInstrumentation {
    /** Context keys the HTTP layer sets for each request. */
    static final String API_KEY = "groundwork.apiKey";
    static final String NO_CACHE = "groundwork.noCache";
    static final String DEADLINE = "groundwork.deadlineNanos";

    private final ApiSettings settings;
    private final MeterRegistry registry;
    private final ResultCache cache;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    RequestGuard(ApiSettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
        this.cache = new ResultCache(settings.cacheSize(), settings.cacheTtl());
    }

    /** Empties the result cache, after the graph changed. */
    void clearCache() {
        cache.clear();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        OperationDefinition op = parameters.getExecutionContext().getOperationDefinition();
        String fields = op.getSelectionSet().getSelectionsOfType(Field.class).stream().map(Field::getName).sorted().distinct()
                .collect(Collectors.joining("+"));
        Timer.Sample sample = Timer.start(registry);
        return SimpleInstrumentationContext.whenCompleted((result, error) -> sample.stop(Timer.builder("groundwork.graphql.request")
                .description("GraphQL operations by their top-level fields").tag("operation", fields)
                .tag("outcome", error == null && (result == null || result.getErrors().isEmpty()) ? "ok" : "error")
                .publishPercentileHistogram().register(registry)));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (!(env.getParentType() instanceof GraphQLObjectType parent)
                || !(parent.getName().equals("Query") || parent.getName().equals("Mutation"))) {
            // A nested resolver (a ticket's links, a node's neighbours) runs after its top-level field returned, outside
            // that field's Deadline; it gets the request's, so that its transactions time out and its loops stop with it.
            return parameters.isTrivialDataFetcher() ? fetcher : e -> underRequestDeadline(fetcher, e);
        }
        boolean mutation = parent.getName().equals("Mutation");
        return e -> guarded(fetcher, e, mutation);
    }

    private Object guarded(DataFetcher<?> fetcher, DataFetchingEnvironment env, boolean mutation) {
        GraphQLContext context = env.getGraphQlContext();
        String field = env.getField().getName();
        if (mutation) {
            authorize(context.get(API_KEY));
        }
        boolean cacheable = !mutation && !Boolean.TRUE.equals(context.get(NO_CACHE))
                && !env.getFieldDefinition().hasAppliedDirective("uncached");
        String key = field + new TreeMap<>(env.getArguments());
        if (cacheable) {
            Object hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        // One deadline per request: the first field sets it when the HTTP layer did not, nested resolvers read it.
        long deadline = context.<Long>computeIfAbsent(DEADLINE, k -> System.nanoTime() + settings.timeout().toNanos());
        Timer.Sample sample = Timer.start(registry);
        CompletableFuture<Object> result = new CompletableFuture<>();
        // The field runs under the request's Deadline (its Neo4j transactions time out with it, its loops check it),
        // and is interrupted when the request gives up on it, so that no work outlives the request.
        Future<?> task = executor.submit(() -> {
            try {
                result.complete(Deadline.within(deadline, () -> fetcher.get(env)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        result.orTimeout(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                .whenComplete((value, error) -> task.cancel(true));
        return result.whenComplete((value, error) -> {
            sample.stop(Timer.builder("groundwork.graphql.field").description("top-level GraphQL fields")
                    .tag("field", field).tag("outcome", error == null ? "ok" : TypedErrors.code(unwrap(error)).toLowerCase())
                    .publishPercentileHistogram().register(registry));
            if (error == null && cacheable && value != null) {
                cache.put(key, value);
            }
        });
    }

    private static Object underRequestDeadline(DataFetcher<?> fetcher, DataFetchingEnvironment env) throws Exception {
        Long deadline = env.getGraphQlContext().get(DEADLINE);
        if (deadline == null) {
            return fetcher.get(env);
        }
        return Deadline.within(deadline, () -> {
            Deadline.check("field " + env.getField().getName());
            return fetcher.get(env);
        });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private void authorize(String presented) {
        if (settings.apiKey() == null) {
            throw new TypedErrors.Unauthenticated("mutations are disabled on this server: set groundwork.api.key"
                    + " (GROUNDWORK_API_KEY) and send it as X-API-Key");
        }
        if (!settings.acceptsKey(presented)) {
            throw new TypedErrors.Unauthenticated("mutations need the API key in the X-API-Key header (or Authorization: Bearer KEY); "
                    + (presented == null ? "none was sent" : "the key sent is wrong"));
        }
    }

    /** A least-recently-used map of results with a time to live. */
    private static final class ResultCache {
        private record Cached(Object value, long expires) {}

        private final int size;
        private final long ttlNanos;
        private final Map<String, Cached> entries;

        ResultCache(int size, java.time.Duration ttl) {
            this.size = size;
            this.ttlNanos = ttl.toNanos();
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                    return size() > ResultCache.this.size;
                }
            };
        }

        synchronized Object get(String key) {
            if (size == 0) {
                return null;
            }
            Cached e = entries.get(key);
            if (e == null || e.expires() < System.nanoTime()) {
                entries.remove(key);
                return null;
            }
            return e.value();
        }

        synchronized void put(String key, Object value) {
            if (size > 0) {
                entries.put(key, new Cached(value, System.nanoTime() + ttlNanos));
            }
        }

        synchronized void clear() {
            entries.clear();
        }
    }
}
