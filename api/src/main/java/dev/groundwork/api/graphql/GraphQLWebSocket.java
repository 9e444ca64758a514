package dev.groundwork.api.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micronaut.configuration.graphql.GraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLInvocationData;
import dev.groundwork.graph.ConfigurationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GraphQL over a websocket with the graphql-transport-ws protocol (the graphql-ws library's), at
 * {@code /graphql-ws}: {@code connection_init}/{@code connection_ack}, {@code subscribe} with
 * {@code next}, {@code error} and {@code complete}, {@code ping}/{@code pong}, and the protocol's
 * close codes (4400 bad message, 4401 subscribe before ack, 4408 no init within 10 s, 4409 duplicate
 * id, 4429 a second init). Operations run through micronaut-graphql's {@link GraphQLInvocation}, so
 * the {@link RequestContext} reads the API key, {@code Cache-Control} and the deadline from the
 * upgrade request's headers and the {@link RequestGuard} and limits apply as over HTTP. Groundwork
 * The upgrade request passes the {@code AccessFilter} first (Origin allowlist, rate limit); one connection runs at
 * most {@code groundwork.api.max-subscriptions} operations at a time, a further one gets an {@code error}. Groundwork
 * serves this itself because micronaut-graphql 4.7's handler cannot bind its abstract message type
 * on this Micronaut (micronaut-graphql#718). Off with {@code groundwork.api.websocket: false}.
 *
 * <p>Thread-safe: per-connection state lives in the session.
 */
@ServerWebSocket(value = "/graphql-ws", subprotocols = "graphql-transport-ws")
@Requires(property = "groundwork.api.websocket", notEquals = "false")
final class GraphQLWebSocket {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    private static final String REQUEST = "groundwork.request";
    private static final String ACKED = "groundwork.acked";
    private static final String OPERATIONS = "groundwork.operations";

    private final GraphQLInvocation invocation;
    private final TaskScheduler scheduler;
    private final int maxSubscriptions;
    private final ObjectMapper json;

    GraphQLWebSocket(GraphQLInvocation invocation, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                     @Value("${groundwork.api.max-subscriptions:16}") int maxSubscriptions, @ApiJson ObjectMapper json) {
        this.json = json;
        if (maxSubscriptions < 1) {
            throw new ConfigurationException("groundwork.api.max-subscriptions must be positive, got " + maxSubscriptions);
        }
        this.invocation = invocation;
        this.scheduler = scheduler;
        this.maxSubscriptions = maxSubscriptions;
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> request) {
        session.put(REQUEST, request);
        session.put(ACKED, new AtomicBoolean());
        session.put(OPERATIONS, new ConcurrentHashMap<String, Disposable>());
        scheduler.schedule(INIT_TIMEOUT, () -> {
            if (session.isOpen() && !acked(session).get()) {
                session.close(new CloseReason(4408, "Connection initialisation timeout"));
            }
        });
    }

    @OnMessage
    void message(String text, WebSocketSession session) {
        JsonNode m;
        try {
            m = json.readTree(text);
        } catch (JsonProcessingException e) {
            session.close(new CloseReason(4400, "Invalid message: not JSON"));
            return;
        }
        String id = m.path("id").asText(null);
        switch (m.path("type").asText("")) {
            case "connection_init" -> {
                if (acked(session).getAndSet(true)) {
                    session.close(new CloseReason(4429, "Too many initialisation requests"));
                } else {
                    send(session, Map.of("type", "connection_ack"));
                }
            }
            case "ping" -> send(session, Map.of("type", "pong"));
            case "pong" -> { }
            case "subscribe" -> subscribe(session, id, m.path("payload"));
            case "complete" -> {
                Disposable running = id == null ? null : operations(session).remove(id);
                if (running != null) {
                    running.dispose();
                }
            }
            default -> session.close(new CloseReason(4400, "Invalid message type '" + m.path("type").asText() + "'"));
        }
    }

    @OnClose
    void close(WebSocketSession session) {
        Map<String, Disposable> running = session.get(OPERATIONS, Map.class).orElse(Map.of());
        running.values().forEach(Disposable::dispose);
    }

    private void subscribe(WebSocketSession session, String id, JsonNode payload) {
        if (!acked(session).get()) {
            session.close(new CloseReason(4401, "Unauthorized"));
            return;
        }
        if (id == null || id.isEmpty() || !payload.path("query").isTextual()) {
            session.close(new CloseReason(4400, "Invalid message: subscribe needs an id and payload.query"));
            return;
        }
        Map<String, Disposable> running = operations(session);
        if (running.containsKey(id)) {
            session.close(new CloseReason(4409, "Subscriber for " + id + " already exists"));
            return;
        }
        if (running.size() >= maxSubscriptions) {
            // The operation is refused, the connection and its other operations go on.
            send(session, Map.of("id", id, "type", "error", "payload", java.util.List.of(Map.of("message",
                    "this connection already runs " + running.size() + " operations, the most groundwork.api.max-subscriptions allows;"
                            + " complete one first", "extensions", Map.of("code", "RATE_LIMITED")))));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = payload.path("variables").isObject() ? json.convertValue(payload.get("variables"), Map.class) : Map.of();
        String operationName = payload.path("operationName").asText(null);
        HttpRequest<?> request = session.get(REQUEST, HttpRequest.class).orElseThrow();
        Flux<Map<String, Object>> messages = Flux.from(invocation.invoke(new GraphQLInvocationData(payload.get("query").asText(),
                        operationName, variables), request, null))
                .concatMap(GraphQLWebSocket::results)
                .map(r -> message(id, r))
                .concatWith(Mono.fromSupplier(() -> Map.of("id", id, "type", "complete")))
                .takeUntil(msg -> "error".equals(msg.get("type")))
                .onErrorResume(e -> Mono.just(Map.of("id", id, "type", "error",
                        "payload", java.util.List.of(Map.of("message", String.valueOf(e.getMessage()))))));
        // Registered before subscribing, so that a complete from the client can always find it.
        Disposable.Swap operation = Disposables.swap();
        running.put(id, operation);
        operation.update(messages.concatMap(msg -> Mono.fromFuture(session.sendAsync(json(msg))))
                .doFinally(s -> running.remove(id, operation))
                .subscribe());
    }

    /** A subscription's results one by one; a query's or mutation's single result as it is. */
    private static Publisher<ExecutionResult> results(ExecutionResult result) {
        if (result.getErrors().isEmpty() && result.getData() instanceof Publisher<?> events) {
            return Flux.from(events).cast(ExecutionResult.class);
        }
        return Mono.just(result);
    }

    private static Map<String, Object> message(String id, ExecutionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        // The protocol's error message is for operations that did not run: no data at all.
        if (!r.getErrors().isEmpty() && r.getData() == null) {
            m.put("type", "error");
            m.put("payload", r.getErrors().stream().map(GraphQLError::toSpecification).toList());
        } else {
            m.put("type", "next");
            m.put("payload", r.toSpecification());
        }
        return m;
    }

    private void send(WebSocketSession session, Map<String, Object> message) {
        session.sendAsync(json(message));
    }

    private String json(Map<String, Object> message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a GraphQL result is not serialisable: " + e.getMessage(), e);
        }
    }

    private static AtomicBoolean acked(WebSocketSession session) {
        return session.get(ACKED, AtomicBoolean.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Disposable> operations(WebSocketSession session) {
        return session.get(OPERATIONS, Map.class).orElseThrow();
    }
}
