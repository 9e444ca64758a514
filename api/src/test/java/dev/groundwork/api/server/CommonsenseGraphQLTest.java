package dev.groundwork.api.server;

import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.IngestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class CommonsenseGraphQLTest {
    @RegisterExtension
    static final TestServer server = new TestServer(store -> {
        Path mini = Path.of(CommonsenseGraphQLTest.class.getResource("/commonsense/mini.txt").toURI());
        CommonsenseIngest.ingest(store, CommonsenseIngest.Format.CN100K, List.of(mini), IngestOptions.DEFAULTS, IngestProgress.NONE);
    });

    @Test
    void theExampleQueryReturnsConceptsPathsAndTurtle() throws Exception {
        String example;
        try (var in = getClass().getResourceAsStream("/graphiql/examples/10-commonsense.graphql")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode data = GraphQLHttp.post(server.graphqlUrl(), example).get("data");

        assertThat(data.get("concepts").findValuesAsText("uri")).containsExactly("/c/en/dog", "/c/en/sleep");
        JsonNode sub = data.get("conceptSubgraph");
        assertThat(sub.get("connected").asBoolean()).isTrue();
        assertThat(sub.get("subgraph").get("edges").findValuesAsText("type")).contains("AtLocation");
        assertThat(sub.get("rdf").asText()).contains("<http://conceptnet.io/c/en/kennel>");
    }
}
