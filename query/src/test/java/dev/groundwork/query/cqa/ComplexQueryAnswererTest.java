package dev.groundwork.query.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.DeadlineExceededException;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.Triple;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplexQueryAnswererTest {
    private static LinkPredictor incompleteModel;
    private static ComplexQueryAnswerer incomplete;
    private static ComplexQueryAnswerer complete;

    // One query of every standard type over the toy world, with its answers worked out by hand.
    static final Map<String, Set<String>> QUERIES = Map.ofEntries(
            Map.entry(p("cityIn", "c0"), Set.of("k0")),
            Map.entry(p("cityIn", p("livesIn", "p1")), Set.of("k0")),
            Map.entry(p("cityIn", p("basedIn", p("worksFor", "p4"))), Set.of("k1")),
            Map.entry(and(inv("livesIn", "c0"), inv("worksFor", "o0")), Set.of("p0")),
            Map.entry(and(p("cityIn", "c0"), p("locatedIn", "c1"), p("cityIn", "c1")), Set.of("k0")),
            Map.entry(p("cityIn", and(p("livesIn", "p0"), p("basedIn", "o0"))), Set.of("k0")),
            Map.entry(and(p("cityIn", p("livesIn", "p2")), p("locatedIn", "c2")), Set.of("k1")),
            Map.entry(or(p("cityIn", "c0"), p("cityIn", "c2")), Set.of("k0", "k1")),
            Map.entry(inv("livesIn", or(p("basedIn", "o0"), p("basedIn", "o1"))), Set.of("p0", "p4", "p8", "p2", "p6", "p10")),
            Map.entry(and(inv("livesIn", "c0"), not(inv("worksFor", "o0"))), Set.of("p4", "p8")),
            Map.entry(and(inv("cityIn", "k0"), inv("locatedIn", "k0"), not(p("basedIn", "o0"))), Set.of("c1")),
            Map.entry(inv("livesIn", and(inv("cityIn", "k1"), not(p("basedIn", "o1")))), Set.of("p3", "p7", "p11")),
            Map.entry(and(p("livesIn", inv("worksFor", "o0")), not(p("basedIn", "o0"))), Set.of("c1", "c2", "c3")),
            Map.entry(and(not(p("basedIn", p("worksFor", "p1"))), inv("cityIn", "k1")), Set.of("c3")));

    @BeforeAll
    static void train() {
        incompleteModel = ToyWorld.train(ToyWorld.incomplete());
        incomplete = ComplexQueryAnswerer.of(incompleteModel, ToyWorld.incomplete().train(), null);
        complete = ComplexQueryAnswerer.of(ToyWorld.train(ToyWorld.complete()), ToyWorld.complete().train(), null);
    }

    @Test
    void answersOneQueryOfEveryStandardTypeExactly() {
        assertThat(QUERIES.keySet().stream().map(q -> QueryType.of(Query.parse(q))).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(QueryType.standard());
        for (Map.Entry<String, Set<String>> e : QUERIES.entrySet()) {
            Query query = Query.parse(e.getKey());
            for (TNorm tnorm : TNorm.values()) {
                for (SearchOptions.Squash squash : List.of(SearchOptions.Squash.SOFTMAX, SearchOptions.Squash.MINMAX)) {
                    SearchOptions options = new SearchOptions(4, tnorm, squash, false);
                    List<Answer> top = complete.answer(query, options, e.getValue().size());
                    assertThat(top).as(QueryType.of(query) + " " + tnorm + " " + squash + " " + e.getKey()).extracting(Answer::entity)
                            .containsExactlyInAnyOrderElementsOf(e.getValue());
                }
            }
        }
    }

    @Test
    void answersChainsWithAnImportedTransEModelUnderEverySquash() {
        // Five points on a line, "next" one step along it: TransE's h + r = t exactly for a->b->c->d->e.
        List<String> names = List.of("a", "b", "c", "d", "e");
        float[] entities = {0, 0, 1, 0, 2, 0, 3, 0, 4, 0};
        LinkPredictor model = LinkPredictor.fromEmbeddings(ModelType.TRANSE_L2, 2f, 2, names, entities, List.of("next"), new float[] {1, 0});
        // b->c is not observed: the two-hop answer from a needs the model's prediction.
        ComplexQueryAnswerer answerer = ComplexQueryAnswerer.of(model,
                List.of(new Triple("a", "next", "b"), new Triple("c", "next", "d")), null);
        for (SearchOptions.Squash squash : SearchOptions.Squash.values()) {
            for (TNorm tnorm : TNorm.values()) {
                SearchOptions options = new SearchOptions(2, tnorm, squash, false);
                assertThat(answerer.answer(Query.parse(p("next", p("next", "a"))), options, 1))
                        .as(squash + " " + tnorm).extracting(Answer::entity).containsExactly("c");
                assertThat(answerer.answer(Query.parse(inv("next", inv("next", "e"))), options, 1))
                        .as("inverse " + squash + " " + tnorm).extracting(Answer::entity).containsExactly("c");
            }
        }
    }

    @Test
    void exactAnswersOfTheHandWrittenQueriesAgreeWithSetSemantics() {
        KnownGraph graph = KnownGraph.of(ToyWorld.all(), 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        for (Map.Entry<String, Set<String>> e : QUERIES.entrySet()) {
            Set<Integer> expected = e.getValue().stream().map(ComplexQueryAnswererTest::toyId).collect(Collectors.toSet());
            Set<Integer> exact = graph.answers(Query.parse(e.getKey()), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId)
                    .stream().filter(id -> id < 40).boxed().collect(Collectors.toSet());
            assertThat(exact).as(e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void recoversTheDeletedEdgeWithTheLinkPredictorAndMarksItPredicted() {
        Query chain = Query.parse(p("locatedIn", p("livesIn", "p3")));

        Answer best = incomplete.answer(chain, SearchOptions.defaults(), 1).get(0);

        assertThat(best.entity()).isEqualTo("k1");
        assertThat(best.explanation()).containsExactlyInAnyOrder(
                new ExplainedEdge("p3", "livesIn", "c3", true, best.explanation().get(1).score(), false),
                new ExplainedEdge("c3", "locatedIn", "k1", false, best.explanation().get(0).score(), false));
    }

    @Test
    void marksTheSameEdgeObservedWhenTheGraphHasIt() {
        Answer best = complete.answer(Query.parse(p("locatedIn", "c3")), SearchOptions.defaults(), 1).get(0);

        assertThat(best.entity()).isEqualTo("k1");
        assertThat(best.explanation()).singleElement().satisfies(e -> assertThat(e.observed()).isTrue());
    }

    @Test
    void explainsNegatedBranchesAsNegated() {
        Answer best = complete.answer(Query.parse(and(inv("livesIn", "c0"), not(inv("worksFor", "o0")))),
                new SearchOptions(4, TNorm.PRODUCT, SearchOptions.Squash.SOFTMAX, false), 1).get(0);

        assertThat(best.explanation()).anySatisfy(e -> {
            assertThat(e.negated()).isTrue();
            assertThat(e.relation()).isEqualTo("worksFor");
        });
    }

    @ParameterizedTest(name = "{0}({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cityIn  | atlantis  | entity 'atlantis' is not in the model
            bornIn  | p0        | relation 'bornIn' is not in the model
            """)
    void rejectsQueryWithANameNotInTheModel(String relation, String anchor, String message) {
        assertThatThrownBy(() -> incomplete.answer(Query.parse(p(relation, anchor)), SearchOptions.defaults(), 3))
                .isInstanceOf(BadInputException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsCalibratedSearchWithoutCalibration() {
        assertThatThrownBy(() -> incomplete.answer(Query.parse(p("cityIn", "c0")), SearchOptions.defaults().withCalibrated(true), 3))
                .isInstanceOf(BadInputException.class).hasMessageContaining("needs a CQD-A calibration");
    }

    @Test
    void rejectsNonPositiveK() {
        assertThatThrownBy(() -> incomplete.answer(Query.parse(p("cityIn", "c0")), SearchOptions.defaults(), 0))
                .isInstanceOf(BadInputException.class).hasMessage("k must be positive, got 0");
    }

    @Test
    void trainedCalibrationRoundTripsAndStillAnswersTheToyQueries(@TempDir Path dir) {
        List<LabeledQuery> training = QueryGenerator.generate(ToyWorld.incomplete(),
                List.of(QueryType.P1, QueryType.P2, QueryType.I2, QueryType.IN2), 20, QueryGenerator.Purpose.TRAIN, 1);
        CqdaCalibration layer = CqdaCalibration.train(incompleteModel, training,
                new CqdaTraining(3, 0.01f, 8, 8, 4, TNorm.PRODUCT, 1), line -> { });
        layer.save(dir.resolve("toy.cqa"));
        CqdaCalibration loaded = CqdaCalibration.load(dir.resolve("toy.cqa"));
        ComplexQueryAnswerer calibrated = ComplexQueryAnswerer.of(incompleteModel, ToyWorld.incomplete().train(), loaded);

        assertThat(loaded.parameterCount()).isEqualTo(2 * 2 * 2 * 16 + 2);
        assertThat(loaded.alpha(new float[64])).isEqualTo(layer.alpha(new float[64]));
        assertThat(layer.bias()[0] != 0f || layer.bias()[1] != 0f).as("training moved the layer").isTrue();
        Answer best = calibrated.answer(Query.parse(p("locatedIn", p("livesIn", "p3"))), SearchOptions.defaults().withCalibrated(true), 1).get(0);
        assertThat(best.entity()).isEqualTo("k1");
    }

    @Test
    void rejectsCalibrationOfAnotherModel(@TempDir Path dir) {
        CqdaCalibration other = new CqdaCalibration(5, 8, new float[16], new float[2]);

        assertThatThrownBy(() -> ComplexQueryAnswerer.of(incompleteModel, List.of(), other))
                .isInstanceOf(BadInputException.class).hasMessageContaining("trained for a model of 5 entities");
    }

    // Toy ids for the set-semantics oracle: p0..p11 -> 0..11, c -> 20.., o -> 30.., k -> 38..
    static int toyId(String name) {
        int n = Integer.parseInt(name.substring(1));
        return switch (name.charAt(0)) {
            case 'p' -> n;
            case 'c' -> 20 + n;
            case 'o' -> 30 + n;
            default -> 38 + n;
        };
    }

    static int relId(String name) {
        return List.of("livesIn", "worksFor", "cityIn", "locatedIn", "basedIn").indexOf(name);
    }

    static String p(String relation, String of) {
        return "{\"rel\": \"" + relation + "\", \"inverse\": false, \"of\": " + node(of) + "}";
    }

    static String inv(String relation, String of) {
        return "{\"rel\": \"" + relation + "\", \"inverse\": true, \"of\": " + node(of) + "}";
    }

    static String and(String... operands) {
        return "{\"and\": [" + String.join(", ", operands) + "]}";
    }

    static String or(String... operands) {
        return "{\"or\": [" + String.join(", ", operands) + "]}";
    }

    static String not(String operand) {
        return "{\"not\": " + operand + "}";
    }

    private static String node(String of) {
        return of.startsWith("{") ? of : "{\"entity\": \"" + of + "\"}";
    }

    @Test
    void theBeamSearchStopsWhenItsCallersDeadlineHasPassedOrItsThreadIsInterrupted() throws Exception {
        Query query = Query.parse(p("cityIn", p("basedIn", p("worksFor", "p4"))));
        SearchOptions options = new SearchOptions(4, TNorm.PRODUCT, SearchOptions.Squash.SOFTMAX, false);
        assertThatThrownBy(() -> Deadline.within(System.nanoTime() - 1, () -> complete.answer(query, options, 3)))
                .isInstanceOf(DeadlineExceededException.class)
                .hasMessage("the complex query's beam search ran past the request's deadline and stopped");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> complete.answer(query, options, 3)).isInstanceOf(DeadlineExceededException.class)
                    .hasMessage("the complex query's beam search was cancelled (the request was given up)");
        } finally {
            Thread.interrupted();
        }
        assertThat(complete.answer(query, options, 1)).extracting(Answer::entity).containsExactly("k1");
    }
}
