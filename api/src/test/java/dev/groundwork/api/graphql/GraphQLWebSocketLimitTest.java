package dev.groundwork.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.configuration.graphql.GraphQLInvocation;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.websocket.WebSocketSession;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack: one websocket connection starting thousands of operations that never end (subscriptions), each
 * holding server resources. Operations here never finish, so every one started stays running.
 */
class GraphQLWebSocketLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A session that keeps its attributes and records what is sent and whether it was closed. */
    private static WebSocketSession session(List<JsonNode> sent, List<Object> closed) {
        Map<String, Object> attributes = new HashMap<>();
        return (WebSocketSession) Proxy.newProxyInstance(WebSocketSession.class.getClassLoader(), new Class<?>[] {WebSocketSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "put" -> {
                        attributes.put(args[0].toString(), args[1]);
                        yield proxy;
                    }
                    case "get" -> Optional.ofNullable(attributes.get(args[0].toString()));
                    case "isOpen" -> closed.isEmpty();
                    case "sendAsync" -> {
                        sent.add(JSON.readTree(args[0].toString()));
                        yield CompletableFuture.completedFuture(args[0]);
                    }
                    case "close" -> {
                        closed.add(args.length > 0 ? args[0] : "closed");
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aConnectionRunsAtMostMaxSubscriptionsOperationsAndRefusesMoreWithoutClosing() {
        GraphQLInvocation never = (data, request, response) -> Flux.never();
        TaskScheduler scheduler = (TaskScheduler) Proxy.newProxyInstance(TaskScheduler.class.getClassLoader(),
                new Class<?>[] {TaskScheduler.class}, (proxy, method, args) -> null);
        GraphQLWebSocket ws = new GraphQLWebSocket(never, scheduler, 3, new ObjectMapper());
        List<JsonNode> sent = new ArrayList<>();
        List<Object> closed = new ArrayList<>();
        WebSocketSession session = session(sent, closed);
        ws.open(session, HttpRequest.GET("/graphql-ws"));
        ws.message("{\"type\":\"connection_init\"}", session);
        for (int i = 0; i < 5; i++) {
            ws.message("{\"id\":\"op" + i + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ stats { nodeCount } }\"}}", session);
        }
        assertThat(closed).isEmpty();
        List<JsonNode> errors = sent.stream().filter(m -> m.path("type").asText().equals("error")).toList();
        assertThat(errors).extracting(m -> m.get("id").asText()).containsExactly("op3", "op4");
        assertThat(errors.getFirst().at("/payload/0/extensions/code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(errors.getFirst().at("/payload/0/message").asText())
                .isEqualTo("this connection already runs 3 operations, the most groundwork.api.max-subscriptions allows; complete one first");

        ws.message("{\"id\":\"op0\",\"type\":\"complete\"}", session);
        ws.message("{\"id\":\"op5\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ stats { nodeCount } }\"}}", session);
        assertThat(sent.stream().filter(m -> m.path("id").asText().equals("op5"))).as("op5 runs once op0 completed").isEmpty();
    }
}
