package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The attacks on the streaming endpoints: a page of another site opening /graphql-ws or /ask/stream from a visitor's
 * browser (Origin), one address flooding them (rate limit), one connection starting unbounded operations.
 */
@ExtendWith(SharedNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamGuardTest {
    private static final int RATE = 40;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GroundworkServer server;
    private static String wsUrl;

    @BeforeAll
    static void start(GraphStore store) {
        System.setProperty("groundwork.api.rate-limit", String.valueOf(RATE));
        System.setProperty("groundwork.api.max-subscriptions", "2");
        try {
            server = GroundworkServer.start(store, "127.0.0.1", 0);
        } finally {
            System.clearProperty("groundwork.api.rate-limit");
            System.clearProperty("groundwork.api.max-subscriptions");
        }
        wsUrl = "ws://127.0.0.1:" + server.port() + "/graphql-ws";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> askStream(String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ask/stream?question=")).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aWebSocketHandshakeFromAForeignOriginIsRefused() {
        Throwable t = catchThrowable(() -> GraphQLWs.connect(wsUrl, "Origin", "https://evil.example"));
        assertThat(t).isInstanceOf(ExecutionException.class).cause().isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) t.getCause()).getResponse().statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aWebSocketFromThisServersOwnOriginALoopbackOneOrNoneIsAccepted() throws Exception {
        for (String[] headers : List.of(new String[0], new String[] {"Origin", server.baseUrl()},
                new String[] {"Origin", "http://localhost:5173"})) {
            try (GraphQLWs ws = GraphQLWs.connect(wsUrl, headers)) {
                ws.subscribe("1", "{ stats { nodeCount } }", Map.of());
                assertThat(ws.untilEnd("1").getFirst().get("type").asText()).isEqualTo("next");
            }
        }
    }

    @Test
    @Order(3)
    void askStreamFromAForeignOriginIsRefusedNamingTheOrigin() throws Exception {
        HttpResponse<String> r = askStream("Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Origin https://evil.example is not allowed on /ask/stream");
        assertThat(askStream().statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void oneAddressIsRateLimitedOnTheStreams() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < RATE + 5; i++) {
            statuses.add(askStream().statusCode());
        }
        assertThat(statuses).contains(429).doesNotContainSequence(429, 200);
        HttpResponse<String> limited = askStream();
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("groundwork.api.rate-limit");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
    }

    @Test
    void theRateLimitCountsEachAddressOnItsOwn() throws Exception {
        AccessFilter.RateLimit limit = new AccessFilter.RateLimit(2);
        InetAddress a = InetAddress.getByName("10.0.0.1");
        InetAddress b = InetAddress.getByName("10.0.0.2");
        assertThat(List.of(limit.admit(a), limit.admit(a), limit.admit(a), limit.admit(b))).containsExactly(true, true, false, true);
        assertThat(new AccessFilter.RateLimit(0).admit(a)).isTrue();
    }
}
