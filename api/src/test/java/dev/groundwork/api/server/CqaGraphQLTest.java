package dev.groundwork.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.query.cqa.QueryType;
import dev.groundwork.query.cqa.SearchOptions;
import dev.groundwork.query.cqa.SearchProfile;
import dev.groundwork.query.cqa.TNorm;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class CqaGraphQLTest {
    private static final String QUERY = "{ complexQuery(query: {rel: \"next\", of: {rel: \"next\", of: {entity: \"e1\"}}}, k: 2)"
            + " { type calibrated answers { entity score explanation { head relation tail observed score negated } } } }";

    @Test
    void answersTheRecursiveInputWithExplanations(GraphStore store, @TempDir Path dir) throws Exception {
        System.setProperty("groundwork.linkpred.model", ringModel(dir).toString());
        try (GroundworkServer server = GroundworkServer.start(store, "127.0.0.1", 0)) {
            JsonNode result = post(server, QUERY).get("data").get("complexQuery");

            assertThat(result.get("type").asText()).isEqualTo("2p");
            assertThat(result.get("calibrated").asBoolean()).isFalse();
            assertThat(result.get("answers").get(0).get("entity").asText()).isEqualTo("e3");
            assertThat(result.get("answers").get(0).get("explanation").findValuesAsText("tail")).containsExactlyInAnyOrder("e2", "e3");
            // Sigmoid truth values (the default without a profile) never reach 1.
            assertThat(result.get("answers").get(0).get("score").asDouble()).isLessThan(1.0);
        } finally {
            System.clearProperty("groundwork.linkpred.model");
        }
    }

    @Test
    void searchesWithTheProfileBesideTheModel(GraphStore store, @TempDir Path dir) throws Exception {
        Path model = ringModel(dir);
        new SearchProfile(SearchOptions.defaults(), Map.of(QueryType.P2, new SearchOptions(4, TNorm.PRODUCT, SearchOptions.Squash.MINMAX, false)))
                .write(SearchProfile.besideModel(model));
        System.setProperty("groundwork.linkpred.model", model.toString());
        try (GroundworkServer server = GroundworkServer.start(store, "127.0.0.1", 0)) {
            JsonNode result = post(server, QUERY).get("data").get("complexQuery");

            // Min-max gives the best candidate and its best target exactly 1, so the best chain scores 1 x 1.
            assertThat(result.get("answers").get(0).get("entity").asText()).isEqualTo("e3");
            assertThat(result.get("answers").get(0).get("score").asDouble()).isEqualTo(1.0);
        } finally {
            System.clearProperty("groundwork.linkpred.model");
        }
    }

    private static Path ringModel(Path dir) {
        List<Triple> ring = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ring.add(new Triple("e" + i, "next", "e" + (i + 1) % 12));
        }
        Path model = dir.resolve("ring.model");
        LinkPredictor.train(new TripleSplits(ring, List.of(), List.of()), TrainingConfig.builder().rank(8).epochs(150).batchSize(8)
                .regularization(0f).initScale(0.1f).validEvery(0).seed(3).build()).save(model);
        return model;
    }

    @Test
    void answersATypedErrorWithoutAModel(GraphStore store) throws Exception {
        try (GroundworkServer server = GroundworkServer.start(store, "127.0.0.1", 0)) {
            JsonNode errors = post(server, QUERY).get("errors");

            assertThat(errors.get(0).get("message").asText()).contains("set groundwork.linkpred.model");
        }
    }

    private static JsonNode post(GroundworkServer server, String query) throws Exception {
        return GraphQLHttp.post(server.graphqlUrl(), query);
    }
}
