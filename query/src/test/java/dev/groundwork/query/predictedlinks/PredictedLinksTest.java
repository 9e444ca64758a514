package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.query.linkprediction.Prediction;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleScore;
import dev.groundwork.query.triples.GraphTriples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictedLinksTest {
    private static final String PREDICTED = """
            MATCH (a)-[r {predicted: true}]->(b)
            RETURN a.key AS head, type(r) AS type, b.key AS tail, r.name AS name, r.score AS score, r.probability AS probability,
                   r.model AS model, r.modelSha256 AS sha, r.gwRun AS run
            ORDER BY r.probability DESC, head, tail
            """;
    private static final String OBSERVED_ON_PREDICTED_PAIR = """
            MATCH (a)-[p:next {predicted: true}]->(b)
            MATCH (a)-[o:next]->(b) WHERE o.predicted IS NULL
            RETURN count(*) AS n
            """;

    @TempDir
    static Path temp;
    private GraphStore store;
    private PredictedLinks links;

    @BeforeAll
    void load(GraphStore store) {
        this.store = store;
        Ring.load(store);
        links = PredictedLinks.load(Ring.model(temp.resolve("ring.model")), store);
    }

    @BeforeEach
    void removePredictedEdges() {
        store.write(tx -> tx.run("MATCH ()-[r {predicted: true}]->() DELETE r").consume());
    }

    private Set<String> observedTails(String head, String relation) {
        Set<String> out = new HashSet<>();
        Ring.observed().stream().filter(t -> t.head().equals(head) && t.relation().equals(relation)).forEach(t -> out.add(t.tail()));
        return out;
    }

    @Test
    void predictsTailsWithCalibratedProbabilityObservedFlagAndNode() {
        List<LinkCandidate> tails = links.predict("e1", "next", 5, Direction.TAILS);

        assertThat(tails).hasSize(5);
        assertThat(tails).extracting(LinkCandidate::entity)
                .containsExactlyElementsOf(links.model().topTails("e1", "next", 5).stream().map(Prediction::entity).toList());
        Set<String> observed = observedTails("e1", "next");
        for (LinkCandidate c : tails) {
            assertThat(c.probability()).isEqualTo(links.model().probability(c.score()));
            assertThat(c.observed()).as(c.entity()).isEqualTo(observed.contains(c.entity()));
            assertThat(c.node().properties()).containsEntry("key", c.entity()).doesNotContainKey("gwRun");
            assertThat(c.node().labels()).containsExactly("Entity");
        }
        assertThat(tails.getFirst().entity()).isEqualTo("e2");
        assertThat(tails.getFirst().observed()).isTrue();
    }

    @Test
    void predictsHeadsThroughTheReciprocalRelation() {
        List<LinkCandidate> heads = links.predict("e3", "next", 3, Direction.HEADS);

        assertThat(heads).extracting(LinkCandidate::entity)
                .containsExactlyElementsOf(links.model().topHeads("next", "e3", 3).stream().map(Prediction::entity).toList());
        assertThat(heads.getFirst().entity()).isEqualTo("e2");
        assertThat(heads).filteredOn(LinkCandidate::observed).extracting(LinkCandidate::entity).containsExactly("e2");
    }

    @Test
    void aHeldOutLinkRanksFirstAndIsNotObserved() {
        LinkCandidate best = links.predict("e5", "next", 1, Direction.TAILS).getFirst();

        assertThat(best.entity()).isEqualTo("e6");
        assertThat(best.observed()).isFalse();
        assertThat(best.node()).isNotNull();
    }

    @Test
    void scoresATripleLikeTheModelAndSaysWhetherTheGraphObservesIt() {
        ScoredTriple observed = links.score("e1", "next", "e2");
        ScoredTriple missing = links.score("e0", "next", "e1");

        TripleScore model = links.model().score("e1", "next", "e2");
        assertThat(observed.score()).isEqualTo(model.score());
        assertThat(observed.probability()).isEqualTo(model.probability());
        assertThat(observed.observed()).isTrue();
        assertThat(missing.observed()).isFalse();
        assertThat(missing.probability()).isBetween(0.0, 1.0);
    }

    @Test
    void rejectsANodeAddedAfterTrainingWithRetrain() {
        store.write(tx -> tx.run("MERGE (:Entity {key: 'e99'})").consume());

        assertThatThrownBy(() -> links.predict("e99", "next", 5, Direction.TAILS)).isInstanceOf(BadInputException.class)
                .hasMessage("entity 'e99' is not in the model (trained on 30 entities); retrain");
        assertThatThrownBy(() -> links.score("e1", "next", "e99")).isInstanceOf(BadInputException.class)
                .hasMessage("entity 'e99' is not in the model (trained on 30 entities); retrain");
    }

    @Test
    void rejectsAnUnknownRelationAndANonPositiveK() {
        assertThatThrownBy(() -> links.predict("e1", "follows", 5, Direction.HEADS)).isInstanceOf(BadInputException.class)
                .hasMessage("relation 'follows' is not in the model (trained on 2 relations); retrain");
        assertThatThrownBy(() -> links.predict("e1", "next", 0, Direction.TAILS)).isInstanceOf(BadInputException.class)
                .hasMessage("k must be positive, got 0");
    }

    @Test
    void concurrentQueriesGiveTheSequentialAnswers() throws Exception {
        Map<String, List<LinkCandidate>> sequential = new java.util.HashMap<>();
        for (int i = 0; i < Ring.SIZE; i++) {
            sequential.put("e" + i, links.predict("e" + i, "prev", 4, Direction.TAILS));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String key : sequential.keySet()) {
                    same.add(pool.submit(() -> links.predict(key, "prev", 4, Direction.TAILS).equals(sequential.get(key))));
                }
            }
            for (Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void writesEdgesAboveTheThresholdMarkedPredictedAndNeverOnAnObservedPair() {
        WriteBackResult r = links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 100));

        List<Map<String, Object>> edges = predictedEdges();
        assertThat(r.written()).isPositive().isEqualTo(edges.size()).isEqualTo(r.created());
        assertThat(r.updated()).isZero();
        assertThat(r.relationshipType()).isEqualTo("next");
        assertThat(r.heads()).isEqualTo(30);
        assertThat(r.notInGraph()).isZero();
        assertThat(r.observedSkipped()).isPositive();
        for (Map<String, Object> e : edges) {
            assertThat((Double) e.get("probability")).isGreaterThanOrEqualTo(0.5);
            assertThat(e).containsEntry("type", "next").containsEntry("name", "next").containsEntry("run", r.runId())
                    .containsEntry("model", temp.resolve("ring.model").toAbsolutePath().toString());
            assertThat((String) e.get("sha")).hasSize(64);
            assertThat(e.get("score")).isInstanceOf(Double.class);
        }
        long onObservedPairs = store.read(tx -> tx.run(OBSERVED_ON_PREDICTED_PAIR).single().get("n").asLong());
        assertThat(onObservedPairs).isZero();
        // The model finds the held-out edges of the ring: they are what it writes first.
        assertThat(edges).extracting(e -> new Triple((String) e.get("head"), "next", (String) e.get("tail")))
                .containsAll(Ring.heldOutEdges());
    }

    @Test
    void aHigherThresholdKeepsExactlyTheMoreProbableEdges() {
        links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 100));
        List<Double> all = predictedEdges().stream().map(e -> (Double) e.get("probability")).toList();
        removePredictedEdges();
        double threshold = all.get(all.size() / 2);

        WriteBackResult r = links.writeBack(new WriteBackOptions("next", threshold, 2, 0, 100));

        assertThat(r.written()).isEqualTo(all.stream().filter(p -> p >= threshold).count()).isLessThan(all.size());
        assertThat(r.belowThreshold()).isPositive();
        assertThat(predictedEdges()).allSatisfy(e -> assertThat((Double) e.get("probability")).isGreaterThanOrEqualTo(threshold));
    }

    @Test
    void theLimitKeepsTheMostProbableEdges() {
        links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 100));
        List<Map<String, Object>> all = predictedEdges();
        removePredictedEdges();

        WriteBackResult r = links.writeBack(new WriteBackOptions("next", 0.5, 2, 3, 100));

        assertThat(r.written()).isEqualTo(3);
        assertThat(predictedEdges()).extracting(e -> e.get("head") + ">" + e.get("tail"))
                .containsExactlyElementsOf(all.subList(0, 3).stream().map(e -> e.get("head") + ">" + e.get("tail")).toList());
    }

    @Test
    void aRerunUpdatesItsEdgesInsteadOfAddingMore() {
        WriteBackResult first = links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 7));
        WriteBackResult second = links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 7));

        assertThat(second.written()).isEqualTo(first.written());
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(first.written());
        assertThat(predictedEdges()).hasSize((int) first.written())
                .allSatisfy(e -> assertThat(e).containsEntry("run", first.runId()));
    }

    @Test
    void undoRemovesThePredictedEdgesAndKeepsTheObservedOnes() {
        long observedBefore = relationshipCount();
        WriteBackResult r = links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 100));
        assertThat(relationshipCount()).isEqualTo(observedBefore + r.created());

        IngestRuns.Undo undo = IngestRuns.undo(store, r.runId());

        assertThat(undo.relationshipsDeleted()).isEqualTo(r.created());
        assertThat(predictedEdges()).isEmpty();
        assertThat(relationshipCount()).isEqualTo(observedBefore);
    }

    @Test
    void predictedEdgesAreNeitherObservedNorReadBackForTraining() {
        links.writeBack(new WriteBackOptions("next", 0.5, 2, 0, 100));
        List<GraphTriples.Triple> read = new ArrayList<>();
        GraphTriples.read(store, GraphTriples.Filter.ALL, read::add);

        assertThat(read).hasSize(Ring.observed().size());
        assertThat(links.score("e0", "next", "e1").observed()).isFalse();
        assertThat(links.predict("e5", "next", 1, Direction.TAILS).getFirst().observed()).isFalse();
    }

    @Test
    void rejectsARelationTheModelDoesNotKnow() {
        assertThatThrownBy(() -> links.writeBack(new WriteBackOptions("follows", 0.5, 2, 0, 100)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--relation 'follows' is not in the model " + temp.resolve("ring.model").toAbsolutePath()
                        + " (trained on 2 relations, e.g. [prev, next]); retrain");
        assertThatThrownBy(() -> new WriteBackOptions("next", 1.5, 2, 0, 100)).isInstanceOf(BadInputException.class)
                .hasMessage("--threshold must be a probability between 0 and 1, got 1.5");
    }

    private long relationshipCount() {
        return store.read(tx -> tx.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n").single().get("n").asLong());
    }

    private List<Map<String, Object>> predictedEdges() {
        return store.read(tx -> tx.run(PREDICTED).list(rec -> rec.asMap()));
    }
}
