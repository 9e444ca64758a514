package dev.groundwork.query.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryGeneratorTest {
    // A denser toy: every person lives in a city and works for an organisation; test and valid hold a few edges each.
    private static TripleSplits splits() {
        List<Triple> all = ToyWorld.all();
        List<Triple> test = new ArrayList<>();
        List<Triple> valid = new ArrayList<>();
        List<Triple> train = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 7 == 3 ? test : i % 11 == 5 ? valid : train).add(all.get(i));
        }
        return new TripleSplits(train, valid, test);
    }

    @Test
    void testQueriesHaveHardAnswersThatNeedAHeldOutEdge() {
        TripleSplits splits = splits();
        List<LabeledQuery> queries = QueryGenerator.generate(splits, QueryType.standard(), 5, QueryGenerator.Purpose.TEST, 3);

        assertThat(queries).isNotEmpty();
        List<Triple> observed = new ArrayList<>(splits.train());
        observed.addAll(splits.valid());
        KnownGraph easy = KnownGraph.of(observed, 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        KnownGraph full = KnownGraph.of(ToyWorld.all(), 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        for (LabeledQuery q : queries) {
            assertThat(QueryType.of(q.query())).isEqualTo(q.type());
            BitSet onFull = full.answers(q.query(), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
            BitSet onEasy = easy.answers(q.query(), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
            assertThat(q.hardAnswers()).isNotEmpty();
            assertThat(q.answers()).containsAll(q.hardAnswers());
            for (String hard : q.hardAnswers()) {
                int id = ComplexQueryAnswererTest.toyId(hard);
                assertThat(onFull.get(id)).isTrue();
                assertThat(onEasy.get(id)).as(q.toJson()).isFalse();
            }
            if (q.type().negated()) {
                onEasy.andNot(onFull);
                assertThat(onEasy.isEmpty()).as("a held-out edge removes an observed answer of " + q.toJson()).isFalse();
            }
        }
        assertThat(queries.stream().map(LabeledQuery::type).distinct()).contains(QueryType.P1, QueryType.P2, QueryType.IN2);
    }

    @Test
    void chainsNeverGoBackAlongTheRelationTheyCameByNorQuery2boxUnionsUnderAProjection() {
        List<LabeledQuery> queries = new ArrayList<>();
        for (QueryGenerator.Purpose purpose : QueryGenerator.Purpose.values()) {
            for (QueryGenerator.Protocol protocol : QueryGenerator.Protocol.values()) {
                queries.addAll(QueryGenerator.generate(splits(), List.of(QueryType.P2, QueryType.P3, QueryType.PI), 30, purpose, 5,
                        protocol, QueryGenerator.UNBOUNDED));
            }
            List<LabeledQuery> up = QueryGenerator.generate(splits(), List.of(QueryType.UP), 30, purpose, 5,
                    QueryGenerator.Protocol.QUERY2BOX, QueryGenerator.UNBOUNDED);
            assertThat(up).isNotEmpty();
            for (LabeledQuery q : up) {
                Query.Projection outer = (Query.Projection) q.query();
                Query.Projection first = (Query.Projection) ((Query.Or) outer.of()).operands().get(0);
                assertThat(first.relation().equals(outer.relation()) && first.inverse() != outer.inverse()).as(q.toJson()).isFalse();
            }
        }

        assertThat(queries).hasSizeGreaterThan(120);
        for (LabeledQuery q : queries) {
            assertThat(goesBack(q.query())).as(q.toJson()).isFalse();
        }
    }

    @Test
    void aBoundRejectsQueriesWithMoreHardAnswers() {
        List<LabeledQuery> unbounded = QueryGenerator.generate(splits(), List.of(QueryType.P2, QueryType.U2), 30, QueryGenerator.Purpose.TRAIN, 4);
        List<LabeledQuery> bounded = QueryGenerator.generate(splits(), List.of(QueryType.P2, QueryType.U2), 30, QueryGenerator.Purpose.TRAIN, 4,
                QueryGenerator.Protocol.BETAE, 2);

        assertThat(unbounded).anySatisfy(q -> assertThat(q.hardAnswers()).hasSizeGreaterThan(2));
        assertThat(bounded).isNotEmpty().allSatisfy(q -> assertThat(q.hardAnswers()).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void query2boxUnionBranchesAreDrawnIndependentlyWhereBetaeGroundsThemFromOneAnswer() {
        TripleSplits splits = splits();
        KnownGraph full = KnownGraph.of(ToyWorld.all(), 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        for (QueryGenerator.Protocol protocol : QueryGenerator.Protocol.values()) {
            List<LabeledQuery> unions = QueryGenerator.generate(splits, List.of(QueryType.U2), 40, QueryGenerator.Purpose.TEST, 6,
                    protocol, QueryGenerator.UNBOUNDED);
            long sharing = unions.stream().filter(q -> {
                List<Query> branches = ((Query.Or) q.query()).operands();
                BitSet first = full.answers(branches.get(0), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
                first.and(full.answers(branches.get(1), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId));
                return !first.isEmpty();
            }).count();

            assertThat(unions).hasSizeGreaterThan(10);
            if (protocol == QueryGenerator.Protocol.BETAE) {
                assertThat(sharing).as("BetaE grounds both branches from one answer").isEqualTo(unions.size());
            } else {
                assertThat(sharing).as("independent branches rarely share an answer").isLessThan(unions.size());
            }
        }
    }

    @Test
    void rejectsANegativeBound() {
        assertThatThrownBy(() -> QueryGenerator.generate(splits(), List.of(QueryType.P1), 1, QueryGenerator.Purpose.TEST, 1,
                QueryGenerator.Protocol.BETAE, -1))
                .isInstanceOf(BadInputException.class).hasMessage("the bound on hard answers must be 0 (none) or positive, got -1");
    }

    @Test
    void validationQueriesNeedAValidEdgeAndNeverATestEdge() {
        TripleSplits splits = splits();
        List<LabeledQuery> queries = QueryGenerator.generate(splits, QueryType.standard(), 5, QueryGenerator.Purpose.VALID, 3);

        List<Triple> trainAndValid = new ArrayList<>(splits.train());
        trainAndValid.addAll(splits.valid());
        KnownGraph train = KnownGraph.of(splits.train(), 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        KnownGraph grounded = KnownGraph.of(trainAndValid, 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        assertThat(queries).isNotEmpty();
        for (LabeledQuery q : queries) {
            BitSet onGrounded = grounded.answers(q.query(), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
            BitSet onTrain = train.answers(q.query(), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
            assertThat(q.hardAnswers()).isNotEmpty();
            for (String answer : q.answers()) {
                assertThat(onGrounded.get(ComplexQueryAnswererTest.toyId(answer))).as(q.toJson()).isTrue();
            }
            for (String hard : q.hardAnswers()) {
                assertThat(onTrain.get(ComplexQueryAnswererTest.toyId(hard))).as(q.toJson()).isFalse();
            }
        }
    }

    @Test
    void trainingQueriesUseTrainEdgesOnly() {
        TripleSplits splits = splits();
        List<LabeledQuery> queries = QueryGenerator.generate(splits, List.of(QueryType.P2, QueryType.I2, QueryType.PNI), 10,
                QueryGenerator.Purpose.TRAIN, 3);

        KnownGraph train = KnownGraph.of(splits.train(), 64, 8, ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
        assertThat(queries).isNotEmpty();
        for (LabeledQuery q : queries) {
            BitSet exact = train.answers(q.query(), ComplexQueryAnswererTest::toyId, ComplexQueryAnswererTest::relId);
            assertThat(q.answers()).containsExactlyInAnyOrderElementsOf(exact.stream().filter(id -> id < 40)
                    .mapToObj(QueryGeneratorTest::name).toList());
            assertThat(q.hardAnswers()).isEqualTo(q.answers());
        }
    }

    @Test
    void isDeterministicForASeed() {
        assertThat(QueryGenerator.generate(splits(), List.of(QueryType.PI), 4, QueryGenerator.Purpose.TEST, 9))
                .isEqualTo(QueryGenerator.generate(splits(), List.of(QueryType.PI), 4, QueryGenerator.Purpose.TEST, 9));
    }

    @Test
    void rejectsNonPositiveCount() {
        assertThatThrownBy(() -> QueryGenerator.generate(splits(), List.of(QueryType.P1), 0, QueryGenerator.Purpose.TEST, 1))
                .isInstanceOf(BadInputException.class).hasMessage("queries per type must be positive, got 0");
    }

    // A projection right under a projection over the same relation in the other direction: x -r-> y <-r- ?.
    private static boolean goesBack(Query query) {
        return switch (query) {
            case Query.Anchor a -> false;
            case Query.Projection p -> p.of() instanceof Query.Projection inner && inner.relation().equals(p.relation())
                    && inner.inverse() != p.inverse() || goesBack(p.of());
            case Query.And a -> a.operands().stream().anyMatch(QueryGeneratorTest::goesBack);
            case Query.Or o -> o.operands().stream().anyMatch(QueryGeneratorTest::goesBack);
            case Query.Not n -> goesBack(n.operand());
        };
    }

    private static String name(int id) {
        return id < 20 ? "p" + id : id < 30 ? "c" + (id - 20) : id < 38 ? "o" + (id - 30) : "k" + (id - 38);
    }
}
