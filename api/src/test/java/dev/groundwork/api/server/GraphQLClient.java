package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Posts GraphQL requests to a test server and returns the parsed response. Thread-safe. */
public final class GraphQLClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String url;

    public GraphQLClient(String url) {
        this.url = url;
    }

    /** The whole response ({@code data} and {@code errors}) of {@code query} with {@code variables} and extra headers. */
    public JsonNode post(String query, Map<String, Object> variables, String... headers) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The {@code data} of a query that must not fail. */
    public JsonNode data(String query, Map<String, Object> variables) throws Exception {
        JsonNode json = post(query, variables);
        if (json.hasNonNull("errors")) {
            throw new AssertionError("unexpected errors: " + json.get("errors"));
        }
        return json.get("data");
    }

    /** The first error of a query that must fail. */
    public JsonNode error(String query, Map<String, Object> variables, String... headers) throws Exception {
        JsonNode json = post(query, variables, headers);
        if (!json.hasNonNull("errors")) {
            throw new AssertionError("expected an error, got " + json);
        }
        return json.get("errors").get(0);
    }

    /**
     * The message of {@code error} after asserting its {@code extensions}: the {@code code} and the {@code argument}
     * it names, as {@code TypedErrors} sets them.
     */
    static String refusal(JsonNode error, String code, String argument) {
        if (!error.path("extensions").path("code").asText().equals(code)
                || !error.path("extensions").path("argument").asText().equals(argument)) {
            throw new AssertionError("expected code " + code + " naming argument " + argument + ", got " + error);
        }
        return error.get("message").asText();
    }
}
