package dev.groundwork.api.server;

import dev.groundwork.ingest.IngestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.triples.TripleIngest;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** predictLinks and scoreTriple over the ring fixture, loaded with 'ingest triples' and a model trained on its files. */
@ExtendWith(SharedNeo4j.class)
class LinkPredictionGraphQLTest {
    private static final String RETRAIN = "entity 'e99' is not in the model (trained on 30 entities); retrain";
    @TempDir
    static Path temp;
    private static GroundworkServer server;
    private static GroundworkServer withoutModel;

    static Path ring() throws Exception {
        return Path.of(LinkPredictionGraphQLTest.class.getResource("/linkprediction/ring").toURI());
    }

    @BeforeAll
    static void start(GraphStore store) throws Exception {
        TripleIngest.ingest(store, List.of(ring().resolve("train.txt")), IngestOptions.DEFAULTS, p -> { });
        store.write(tx -> tx.run("MERGE (:Entity {key: 'e99'})").consume());
        Path model = temp.resolve("ring.model");
        LinkPredictor.train(TripleSplits.readDirectory(ring()),
                TrainingConfig.builder().rank(16).epochs(40).batchSize(16).validEvery(40).seed(7).build()).save(model);
        server = GroundworkServer.start(store, "127.0.0.1", 0, Optional.of(model));
        withoutModel = GroundworkServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        withoutModel.close();
    }

    private static JsonNode graphql(GroundworkServer on, String query) throws Exception {
        return GraphQLHttp.post(on.graphqlUrl(), query);
    }

    @Test
    void predictLinksRanksTailsWithProbabilityObservedFlagAndNode() throws Exception {
        JsonNode json = graphql(server, """
                { predictLinks(head: "e1", relation: "next", k: 3) { entity score probability observed node { label properties } } }""");

        assertThat(json.get("errors")).as(json.toString()).isNull();
        JsonNode links = json.get("data").get("predictLinks");
        assertThat(links).hasSize(3);
        assertThat(links.get(0).get("entity").asText()).isEqualTo("e2");
        assertThat(links.get(0).get("observed").asBoolean()).isTrue();
        assertThat(links.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(links.get(1).get("score").asDouble());
        for (JsonNode link : links) {
            assertThat(link.get("probability").asDouble()).isBetween(0.0, 1.0);
            assertThat(link.get("node").get("label").asText()).isEqualTo("Entity");
            assertThat(link.get("node").get("properties").get("key").asText()).isEqualTo(link.get("entity").asText());
        }
        assertThat(links.get(1).get("observed").asBoolean()).isFalse();
    }

    @Test
    void predictLinksAnswersHeadsAndFindsAHeldOutLink() throws Exception {
        JsonNode heads = graphql(server, """
                { predictLinks(head: "e2", relation: "next", k: 2, direction: HEADS) { entity observed } }""")
                .get("data").get("predictLinks");
        JsonNode heldOut = graphql(server, """
                { predictLinks(head: "e5", relation: "next", k: 1) { entity observed } }""").get("data").get("predictLinks");

        assertThat(heads.get(0).get("entity").asText()).isEqualTo("e1");
        assertThat(heads.get(0).get("observed").asBoolean()).isTrue();
        assertThat(heldOut.get(0).get("entity").asText()).isEqualTo("e6");
        assertThat(heldOut.get(0).get("observed").asBoolean()).isFalse();
    }

    @Test
    void scoreTripleGivesScoreProbabilityAndWhetherTheGraphObservesIt() throws Exception {
        JsonNode data = graphql(server, """
                { observed: scoreTriple(head: "e1", relation: "next", tail: "e2") { head relation tail score probability observed }
                  missing: scoreTriple(head: "e0", relation: "next", tail: "e1") { score probability observed }
                  wrong: scoreTriple(head: "e0", relation: "next", tail: "e17") { probability } }""").get("data");

        assertThat(data.get("observed").get("observed").asBoolean()).isTrue();
        assertThat(data.get("observed").get("tail").asText()).isEqualTo("e2");
        assertThat(data.get("missing").get("observed").asBoolean()).isFalse();
        assertThat(data.get("missing").get("probability").asDouble()).isGreaterThan(data.get("wrong").get("probability").asDouble());
    }

    @Test
    void aNodeAddedAfterTrainingIsBadUserInputNamingIt() throws Exception {
        JsonNode predict = graphql(server, "{ predictLinks(head: \"e99\", relation: \"next\") { entity } }").get("errors").get(0);
        JsonNode score = graphql(server, "{ scoreTriple(head: \"e1\", relation: \"next\", tail: \"e99\") { score } }").get("errors").get(0);
        JsonNode relation = graphql(server, "{ scoreTriple(head: \"e1\", relation: \"after\", tail: \"e2\") { score } }").get("errors").get(0);

        assertThat(predict.get("message").asText()).isEqualTo(RETRAIN);
        assertThat(predict.get("extensions").get("classification").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(predict.get("extensions").get("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(predict.get("path").get(0).asText()).isEqualTo("predictLinks");
        assertThat(score.get("message").asText()).isEqualTo(RETRAIN);
        assertThat(relation.get("message").asText()).isEqualTo("relation 'after' is not in the model (trained on 2 relations); retrain");
        assertThat(relation.get("extensions").get("classification").asText()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aNonPositiveKIsBadUserInput() throws Exception {
        JsonNode error = graphql(server, "{ predictLinks(head: \"e1\", relation: \"next\", k: -3) { entity } }").get("errors").get(0);

        assertThat(error.get("message").asText()).isEqualTo("k must be between 1 and 100 (groundwork.api.limits.k), got -3");
        assertThat(error.get("extensions").get("code").asText()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void withoutAModelBothFieldsAreUnavailableAndSayHowToConfigureOne() throws Exception {
        JsonNode json = graphql(withoutModel, """
                { predictLinks(head: "e1", relation: "next") { entity }
                  scoreTriple(head: "e1", relation: "next", tail: "e2") { score } }""");

        assertThat(json.get("errors")).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("message").asText()).isEqualTo("no link-prediction model is loaded; start the server with --model FILE"
                    + " (a model written by 'groundwork train linkpred'), or set groundwork.linkpred.model / GROUNDWORK_LINKPRED_MODEL");
            assertThat(e.get("extensions").get("code").asText()).isEqualTo("UNAVAILABLE");
        });
    }

    @Test
    void aMissingModelFileStopsTheServerFromStarting(GraphStore store) {
        Path missing = temp.resolve("missing.model");

        assertThatThrownBy(() -> GroundworkServer.start(store, "127.0.0.1", 0, Optional.of(missing)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(missing.toString());
    }
}
