package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts GraphQL to a running server the way a client does, for tests; asserts HTTP 200. Thread-safe. */
public final class GraphQLHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GraphQLHttp() {}

    /** The whole response ({@code data} and {@code errors}) to {@code query} posted to {@code graphqlUrl}. */
    public static JsonNode post(String graphqlUrl, String query) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(graphqlUrl))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
