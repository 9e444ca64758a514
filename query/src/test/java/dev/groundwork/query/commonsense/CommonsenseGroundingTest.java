package dev.groundwork.query.commonsense;

import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.rdf.SubgraphRdf;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.query.commonsense.CommonsenseGrounding.ConceptMatch;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Strategy;
import dev.groundwork.query.commonsense.eval.CommonsenseEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommonsenseGroundingTest {
    private CommonsenseGrounding grounding;
    private GraphStore store;

    @BeforeAll
    void load(GraphStore store) {
        this.store = store;
        CommonsenseFixture.load(store);
        grounding = CommonsenseGrounding.load(store);
    }

    @Test
    void theLongestMultiWordConceptWinsOverItsFirstWord() {
        assertThat(grounding.concepts("We ate ice cream on the porch")).extracting(ConceptMatch::uri, ConceptMatch::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/c/en/ice_cream", "ice cream"));
    }

    @Test
    void inflectionsAndStopWordsStillMatchTheirConcept() {
        assertThat(grounding.concepts("The dogs were barking while kids played on the ice"))
                .extracting(ConceptMatch::uri).containsExactly("/c/en/dog", "/c/en/bark", "/c/en/play_on_ice");
    }

    @Test
    void statementsKeepTheRelationTheQuestionAsksForWithTheNamedConceptAsSubject() {
        CommonsenseGrounding.Statements s = grounding.statements("Where would you find a dog?", 200);

        assertThat(s.concepts()).extracting(ConceptMatch::uri).containsExactly("/c/en/dog");
        assertThat(s.types()).containsExactly("AtLocation", "LocatedNear");
        assertThat(s.ranked()).extracting(st -> CommonsenseGrounding.Statement.name(st.start()) + " " + st.type() + " "
                + CommonsenseGrounding.Statement.name(st.end())).containsExactly("dog AtLocation kennel");
        assertThat(s.ranked().getFirst().anchorIsSubject()).isTrue();
        assertThat(s.timings()).containsKeys("linking_ms", "retrieval_ms", "ranking_ms");
    }

    @Test
    void statementsOfAQuestionNamingNoConceptAreEmpty() {
        CommonsenseGrounding.Statements s = grounding.statements("Why would a xylophonist frown?", 200);

        assertThat(s.concepts()).isEmpty();
        assertThat(s.ranked()).isEmpty();
    }

    @Test
    void aTwoHopPathJoinsTheConceptsOfTwoTexts() {
        Result r = grounding.subgraph("Is a cat a kind of animal?", "Cats are pets.", Request.DEFAULT);

        assertThat(r.source()).extracting(ConceptMatch::uri).containsExactly("/c/en/cat", "/c/en/animal");
        assertThat(r.connected()).isTrue();
        assertThat(names(r.paths().getFirst().nodes(), r)).containsExactly("cat", "pet");
    }

    @Test
    void thePathThroughAHubRanksBelowOneThroughASpecificConcept() {
        Result r = grounding.subgraphOfConcepts(List.of("/c/en/dog"), List.of("/c/en/animal"),
                new Request(2, 50, Strategy.PRUNED, Set.of(CommonsenseGrounding.edgeKey("IsA", "/c/en/dog", "/c/en/animal"))));

        assertThat(r.paths()).hasSize(3);
        assertThat(names(r.paths().getLast().nodes(), r)).containsExactly("dog", "thing", "animal");
        assertThat(r.paths().getFirst().score()).isGreaterThan(r.paths().getLast().score());
    }

    @Test
    void threeHopsMeetInTheMiddleWhereTwoFindNothing() {
        Request two = new Request(2, 50, Strategy.PRUNED, Set.of());
        Request three = new Request(3, 50, Strategy.PRUNED, Set.of());

        assertThat(grounding.subgraphOfConcepts(List.of("/c/en/cat"), List.of("/c/en/bark"), two).connected()).isFalse();
        Result r = grounding.subgraphOfConcepts(List.of("/c/en/cat"), List.of("/c/en/bark"), three);
        assertThat(names(r.paths().getFirst().nodes(), r)).containsExactly("cat", "pet", "dog", "bark");
    }

    @Test
    void aWithheldEdgeIsNotUsed() {
        Set<String> withheld = Set.of(CommonsenseGrounding.edgeKey("CapableOf", "/c/en/dog", "/c/en/bark"));

        Result r = grounding.subgraphOfConcepts(List.of("/c/en/bark"), List.of("/c/en/dog"),
                new Request(1, 50, Strategy.PRUNED, withheld));

        assertThat(r.connected()).isFalse();
        assertThat(r.subgraph().edges()).isEmpty();
    }

    @Test
    void anEdgeALinkPredictorWroteBackIsNeverEvidence() {
        store.write(tx -> tx.run("""
                MATCH (a:Concept {uri: '/c/en/cat'}), (b:Concept {uri: '/c/en/bark'})
                CREATE (a)-[:CapableOf {predicted: true, score: 3.5, probability: 0.97}]->(b)
                """).consume());
        try {
            for (Strategy strategy : Strategy.values()) {
                for (int hops = 1; hops <= 2; hops++) {
                    Result r = grounding.subgraphOfConcepts(List.of("/c/en/cat"), List.of("/c/en/bark"),
                            new Request(hops, 50, strategy, Set.of()));

                    assertThat(r.connected()).as(strategy + " " + hops).isFalse();
                    assertThat(r.subgraph().edges()).as(strategy + " " + hops).noneMatch(e -> e.properties().containsKey("predicted"));
                }
            }
        } finally {
            store.write(tx -> tx.run("MATCH ()-[r {predicted: true}]->() DELETE r").consume());
        }
    }

    @Test
    void theNodeLimitPrunesTheLeastRelevantPaths() {
        Result r = grounding.subgraphOfConcepts(List.of("/c/en/dog"), List.of("/c/en/animal"), new Request(2, 3, Strategy.PRUNED,
                Set.of(CommonsenseGrounding.edgeKey("IsA", "/c/en/dog", "/c/en/animal"))));

        assertThat(r.subgraph().nodes()).hasSize(3);
        assertThat(r.connected()).isTrue();
        assertThat(r.subgraph().nodes()).extracting(n -> n.properties().get("name")).doesNotContain("thing");
    }

    @Test
    void theBreadthFirstBaselineStopsAtTheLimitWhileThePrunedSearchConnects() {
        Result r = grounding.subgraphOfConcepts(List.of("/c/en/thing"), List.of("/c/en/kennel"),
                new Request(2, 6, Strategy.BFS, Set.of()));
        Result pruned = grounding.subgraphOfConcepts(List.of("/c/en/thing"), List.of("/c/en/kennel"),
                new Request(2, 6, Strategy.PRUNED, Set.of()));

        assertThat(r.subgraph().nodes()).hasSize(6);
        assertThat(pruned.connected()).isTrue();
    }

    @Test
    void aSubgraphExportsAsTurtleAndJsonLd() {
        Result r = grounding.subgraph("cat", "pet", Request.DEFAULT);

        assertThat(SubgraphRdf.write(r.subgraph(), "ttl")).contains("<http://conceptnet.io/c/en/cat>")
                .contains("gwr:IsA").contains("rdfs:label").contains("\"pet\"");
        assertThat(SubgraphRdf.write(r.subgraph(), "jsonld")).contains("\"http://conceptnet.io/c/en/pet\"");
    }

    @Test
    void theEvaluationScoresBothSystemsOnHeldOutTriples() {
        var report = CommonsenseEvaluation.run(store, CommonsenseFixture.path("test.tsv"), 2, 50, s -> { });

        assertThat(report.systems()).containsOnlyKeys("pruned", "bfs");
        assertThat(report.systems().get("pruned").n()).isEqualTo(3);
        assertThat(report.systems().get("pruned").coverage()).isEqualTo(2.0 / 3);
        assertThat(report.missing()).isEqualTo(1);
    }

    private static List<Object> names(List<String> ids, Result r) {
        return ids.stream().map(id -> r.subgraph().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(Node::properties).map(p -> p.get("name")).orElse(null)).toList();
    }
}
