package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class GroundworkServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static JsonNode graphql(String query) throws Exception {
        return GraphQLHttp.post(server.graphqlUrl(), query);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void statsAnswersOverHttp(GraphStore store) throws Exception {
        store.write(tx -> tx.run("CREATE (:Source {uri: 'graphql-test'})").consume());
        JsonNode stats = graphql("{ stats { nodeCount neo4jVersion edition labels { name count } } }").get("data").get("stats");
        assertThat(stats.get("nodeCount").asLong()).isPositive();
        assertThat(stats.get("edition").asText()).isEqualTo("community");
        assertThat(stats.get("labels").findValuesAsText("name")).contains("Source");
    }

    @Test
    void unknownFieldIsAValidationErrorNamingIt() throws Exception {
        JsonNode errors = graphql("{ stats { nope } }").get("errors");
        assertThat(errors.get(0).get("message").asText()).contains("nope");
    }

    @Test
    void graphiqlPageCarriesTheExampleQueries() throws Exception {
        HttpResponse<String> page = get("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("GraphiQL").contains("neo4jVersion");
    }

    @Test
    void healthReportsNeo4jUp() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("details").get("neo4j").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void portInUseIsAConfigurationError(GraphStore store) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> GroundworkServer.start(store, "127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("HTTP port " + taken.getLocalPort() + " on 127.0.0.1 is already in use; stop what holds it,"
                            + " or choose another with --port N (0 = a free port)");
        }
    }
}
