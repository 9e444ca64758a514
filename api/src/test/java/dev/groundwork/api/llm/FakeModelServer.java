package dev.groundwork.api.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible model server for tests, on the JDK's HttpServer at a free port: answers
 * {@code POST /v1/chat/completions} with the chunks it was told to say, as one JSON completion or,
 * when the request asks to stream, as server-sent {@code chat.completion.chunk} events ending in
 * {@code data: [DONE]} (optionally paced by the test); records every request. Thread-safe. Close it after the test.
 */
public final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile List<String> chunks = List.of("");
    private final java.util.Queue<String> script = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile int status = 200;
    private volatile Semaphore pace;

    private FakeModelServer(HttpServer server) {
        this.server = server;
    }

    public static FakeModelServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeModelServer fake = new FakeModelServer(http);
        http.createContext("/", fake::handle);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        return fake;
    }

    /** The base URL to configure: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** What the model says next, chunk by chunk (streamed one event each; joined when not streaming). */
    public FakeModelServer says(String... chunks) {
        this.chunks = List.of(chunks);
        return this;
    }

    /**
     * Answers the next requests (not streamed) with these replies, one each in order; once they are used up it
     * says what {@link #says} set. For a scripted conversation: a bad query, then its repair.
     */
    public FakeModelServer replies(String... replies) {
        script.clear();
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers every request with this HTTP status and an OpenAI-style error body (200: answers normally). */
    public FakeModelServer status(int status) {
        this.status = status;
        return this;
    }

    /**
     * Streams each chunk after the first only once {@code pace} has a permit (the test releases one when it has seen a
     * token): proof that tokens are handed on as they arrive. Without a permit within 10 s the stream stops unfinished.
     * Null: no pacing.
     */
    public FakeModelServer pacedBy(Semaphore pace) {
        this.pace = pace;
        return this;
    }

    /** Waits this long before answering, to exercise timeouts. */
    public FakeModelServer delays(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** The request bodies received, oldest first. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** The last request's messages joined: what the model was shown. */
    public String lastPrompt() {
        StringBuilder sb = new StringBuilder();
        requests.getLast().get("messages").forEach(m -> sb.append(m.get("role").asText()).append(": ")
                .append(m.get("content").asText()).append('\n'));
        return sb.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            requests.add(request);
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            Thread.sleep(delay.toMillis());
            if (status != 200) {
                byte[] body = "{\"error\":{\"message\":\"the fake model is broken\",\"type\":\"server_error\"}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            } else if (request.path("stream").asBoolean()) {
                stream(exchange);
            } else {
                byte[] body = JSON.writeValueAsBytes(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1,
                        "model", request.path("model").asText(), "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                                "message", Map.of("role", "assistant", "content", next()))),
                        "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String next() {
        String scripted = script.poll();
        return scripted != null ? scripted : String.join("", chunks);
    }

    private void stream(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        Semaphore gate = pace;
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0 && gate != null && !gate.tryAcquire(10, TimeUnit.SECONDS)) {
                return;
            }
            event(out, Map.of("content", chunks.get(i)), null);
        }
        event(out, Map.of(), "stop");
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void event(OutputStream out, Map<String, Object> delta, String finish) throws IOException {
        Map<String, Object> choice = new java.util.HashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        String data = JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion.chunk", "created", 1,
                "model", "fake", "choices", List.of(choice)));
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
