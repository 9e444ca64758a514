package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a server-sent event stream over HTTP, for tests: each event's name and JSON data, as it arrives. */
final class ServerSentEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * One event.
     *
     * @param name the {@code event:} field
     * @param data the {@code data:} lines joined, parsed as JSON
     */
    record Event(String name, JsonNode data) {}

    private ServerSentEvents() {}

    /** Every event of {@code GET baseUrl + path?query}, read until the server ends the stream. */
    static List<Event> get(String baseUrl, String path, Map<String, Object> query) throws Exception {
        return get(baseUrl, path, query, e -> { });
    }

    /** Like {@link #get(String, String, Map)}, handing each event to {@code seen} as soon as it is read. */
    static List<Event> get(String baseUrl, String path, Map<String, Object> query, Consumer<Event> seen) throws Exception {
        String q = query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Stream<String>> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + q))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Event> events = new ArrayList<>();
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : (Iterable<String>) response.body()::iterator) {
            if (line.isEmpty()) {
                if (name != null || !data.isEmpty()) {
                    events.add(new Event(name, JSON.readTree(data.toString())));
                    seen.accept(events.getLast());
                }
                name = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
            }
        }
        return events;
    }

    /** The names of {@code events}, in order. */
    static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }
}
