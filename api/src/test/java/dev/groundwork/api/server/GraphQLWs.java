package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client on the JDK's WebSocket, for tests: connects (with extra handshake
 * headers), sends {@code connection_init}, and collects the server's messages. Not thread-safe.
 */
final class GraphQLWs implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(2);
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQLWs(String url, String... headers) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        socket = builder.buildAsync(URI.create(url), new Collector()).get(30, TimeUnit.SECONDS);
    }

    /** Connects to {@code url} ({@code ws://host:port/graphql-ws}) and waits for {@code connection_ack}. */
    static GraphQLWs connect(String url, String... headers) throws Exception {
        GraphQLWs ws = new GraphQLWs(url, headers);
        ws.send(Map.of("type", "connection_init"));
        JsonNode ack = ws.next();
        if (!ack.get("type").asText().equals("connection_ack")) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return ws;
    }

    /** Starts operation {@code id}. */
    void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    /** The messages of operation {@code id} up to and including its {@code complete} or {@code error}. */
    List<JsonNode> untilEnd(String id) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        while (true) {
            JsonNode m = next();
            if (!m.path("id").asText().equals(id)) {
                continue;
            }
            messages.add(m);
            String type = m.get("type").asText();
            if (type.equals("complete") || type.equals("error")) {
                return messages;
            }
        }
    }

    /** The last message ({@code complete} or {@code error}) of each of the operations {@code ids}, by id. */
    Map<String, JsonNode> endsOf(java.util.Collection<String> ids) throws Exception {
        Map<String, JsonNode> ends = new java.util.LinkedHashMap<>();
        while (!ends.keySet().containsAll(ids)) {
            JsonNode m = next();
            String type = m.path("type").asText();
            if (ids.contains(m.path("id").asText()) && (type.equals("complete") || type.equals("error"))) {
                ends.put(m.get("id").asText(), m);
            }
        }
        return ends;
    }

    private JsonNode next() throws InterruptedException {
        JsonNode m = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no websocket message within " + WAIT);
        }
        return m;
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    /** Joins a message's fragments and queues the parsed message. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(text.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON: " + text, e);
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
