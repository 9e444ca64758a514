package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack: an anonymous client on the network reads thread dumps, routes or the environment, or posts
 * {@code /refresh}, through Micronaut's management endpoints. Every route the server exposes is walked:
 * each is on the anonymous list or refused without the key.
 */
@ExtendWith(SharedNeo4j.class)
class EndpointAccessTest {
    private static final String KEY = "walk-key-42";
    /** Micronaut management endpoints and paths an attacker would try, whether or not they are routes here. */
    private static final List<String> MANAGEMENT = List.of("GET /threaddump", "GET /routes", "POST /refresh", "GET /env",
            "GET /env/groundwork", "GET /beans", "GET /loggers", "POST /loggers/root", "GET /info", "GET /caches", "POST /stop",
            "GET /metrics/jvm.memory.used", "GET /prometheus", "GET /loggers/dev.groundwork");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GroundworkServer server;

    @BeforeAll
    static void start(GraphStore store) {
        System.setProperty("groundwork.api.key", KEY);
        try {
            server = GroundworkServer.start(store, "127.0.0.1", 0);
        } finally {
            System.clearProperty("groundwork.api.key");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int status(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET") && !method.equals("HEAD")) {
            b.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Every route of Micronaut's router, as "METHOD /path" with each URI variable filled in. */
    private static List<String> routes() {
        List<String> routes = new ArrayList<>();
        server.context().getBean(Router.class).uriRoutes().forEach((UriRouteInfo<?, ?> r) ->
                routes.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate().expand(Map.of()).replaceAll("\\{[^}]*}", "x")));
        return routes;
    }

    @Test
    void everyRouteIsOnTheAnonymousListOrRefusedWithoutTheKey() throws Exception {
        List<String> routes = routes();
        assertThat(routes).as("the router's routes").contains("GET /health", "GET /graphiql", "GET /ask/stream", "GET /metrics");
        Map<String, Integer> refused = new TreeMap<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (AccessFilter.anonymous(path)) {
                assertThat(path).as(route).matches("/|/health.*|/metrics|/graphql|/graphiql.*|/ask/stream|/graphql-ws|/model/history|/static/.*|/assets/.*");
                continue;
            }
            refused.put(route, status(method, path));
        }
        assertThat(refused).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(401));
    }

    @Test
    void managementEndpointsAreRefusedWithoutTheKeyAndOffWithIt() throws Exception {
        for (String endpoint : MANAGEMENT) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertThat(status(method, path)).as(endpoint + " without the key").isEqualTo(401);
            assertThat(status(method, path, "X-API-Key", "wrong")).as(endpoint + " with a wrong key").isEqualTo(401);
            assertThat(status(method, path, "X-API-Key", KEY)).as(endpoint + " with the key (management endpoints are disabled)")
                    .isIn(404, 405);
        }
    }

    @Test
    void theAnonymousListAnswers() throws Exception {
        assertThat(status("GET", "/health")).isEqualTo(200);
        assertThat(status("GET", "/metrics")).isEqualTo(200);
        assertThat(status("GET", "/graphiql")).isEqualTo(200);
        assertThat(status("POST", "/graphql")).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsRefusedRatherThanProbed() throws Exception {
        assertThat(status("GET", "/nothing-here")).isEqualTo(401);
        assertThat(status("GET", "/nothing-here", "X-API-Key", KEY)).isEqualTo(404);
    }

    private static String body(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theKeyAppearsInNoResponseOrGraphQLResult() throws Exception {
        List<String> bodies = List.of(body("GET", "/health", ""), body("GET", "/metrics", ""), body("GET", "/graphiql", ""),
                body("GET", "/threaddump", ""), body("GET", "/env", ""),
                body("POST", "/graphql", "{\"query\":\"{ __schema { types { name fields { name } } } stats { nodeCount } }\"}"),
                body("POST", "/graphql", "{\"query\":\"mutation { refresh }\"}"));
        assertThat(bodies).allSatisfy(b -> assertThat(b).isNotEmpty().doesNotContain(KEY));
    }
}
