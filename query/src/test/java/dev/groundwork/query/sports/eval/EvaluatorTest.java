package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final GoldItem WINNER = item("q1", "Who won in 2014?", SportsAnswer.of("Germany"));
    private static final GoldItem SCORE = item("q2", "Score of Germany v Brazil 2014?", SportsAnswer.of("7–1"));
    private static final GoldItem FUTURE = item("q3", "Who won in 2026?", SportsAnswer.cannotAnswer());
    private static final GoldItem AMBIGUOUS = item("q4", "Who won the final?", SportsAnswer.cannotAnswer());

    private static GoldItem item(String id, String text, SportsAnswer expected) {
        GoldQuestion question = new GoldQuestion(id, text, "family", Map.of(), expected.answered(), expected.answered() ? null : "test");
        return new GoldItem(question, expected);
    }

    /** Right on q1 and q3, wrong on q2 (wrong score) and q4 (guesses instead of saying it cannot answer). */
    private static SportsAnswer fake(String question) {
        return switch (question) {
            case "Who won in 2014?" -> SportsAnswer.of("germany");
            case "Score of Germany v Brazil 2014?" -> SportsAnswer.of("1–7");
            case "Who won the final?" -> SportsAnswer.of("Italy");
            default -> SportsAnswer.cannotAnswer();
        };
    }

    @Test
    void accuracyIsSplitIntoAnswerableAndUnanswerable() {
        SportsEvalResult result = Evaluator.run(EvaluatorTest::fake, List.of(WINNER, SCORE, FUTURE, AMBIGUOUS));
        assertThat(result.n()).isEqualTo(4);
        assertThat(result.accuracy()).isEqualTo(0.5);
        assertThat(result.accuracyAnswerable()).isEqualTo(0.5);
        assertThat(result.accuracyUnanswerable()).isEqualTo(0.5);
        assertThat(result.outcomes()).extracting(QuestionOutcome::correct).containsExactly(true, false, true, false);
    }

    @Test
    void aSystemThatAlwaysDeclinesGetsOnlyTheUnanswerableRight() {
        SportsEvalResult result = Evaluator.run(q -> SportsAnswer.cannotAnswer(), List.of(WINNER, SCORE, FUTURE));
        assertThat(result.accuracyAnswerable()).isZero();
        assertThat(result.accuracyUnanswerable()).isEqualTo(1.0);
        assertThat(result.accuracy()).isEqualTo(1.0 / 3);
    }

    @Test
    void accuracyOfAnEmptyCategoryIsNullNotZero() {
        SportsEvalResult result = Evaluator.run(EvaluatorTest::fake, List.of(WINNER));
        assertThat(result.accuracyUnanswerable()).isNull();
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> latencies = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0);
        assertThat(Evaluator.percentile(latencies, 0.50)).isEqualTo(10.0);
        assertThat(Evaluator.percentile(latencies, 0.95)).isEqualTo(19.0);
        assertThat(Evaluator.percentile(List.of(7.0), 0.95)).isEqualTo(7.0);
    }

    @Test
    void latencyIsMeasuredAroundTheSystemCall() {
        SportsEvalResult result = Evaluator.run(q -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SportsAnswer.cannotAnswer();
        }, List.of(FUTURE));
        assertThat(result.p50Ms()).isGreaterThanOrEqualTo(20.0);
        assertThat(result.p95Ms()).isEqualTo(result.p50Ms());
    }

    @Test
    void jsonHasExactlyTheReportKeys() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Evaluator.run(EvaluatorTest::fake, List.of(WINNER, SCORE, FUTURE, AMBIGUOUS)).toJson());
        assertThat(json.properties()).extracting(Map.Entry::getKey)
                .containsExactly("accuracy", "accuracy_answerable", "accuracy_unanswerable", "wrong_rate", "decline_rate", "p50_ms", "p95_ms", "n");
        assertThat(json.get("n").asInt()).isEqualTo(4);
        assertThat(json.get("accuracy").asDouble()).isEqualTo(0.5);
    }
}
