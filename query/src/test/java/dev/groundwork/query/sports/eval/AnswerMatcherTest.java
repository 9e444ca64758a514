package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerMatcherTest {

    private static boolean same(SportsAnswer expected, SportsAnswer actual) {
        return AnswerMatcher.matches(expected, actual);
    }

    @Test
    void namesIgnoreCaseAccentsSpacingAndALeadingThe() {
        assertThat(same(SportsAnswer.of("Kylian Mbappé"), SportsAnswer.of("  kylian   MBAPPE. "))).isTrue();
        assertThat(same(SportsAnswer.of("Netherlands"), SportsAnswer.of("the Netherlands"))).isTrue();
        assertThat(same(SportsAnswer.of("West Germany"), SportsAnswer.of("Germany"))).isFalse();
    }

    @Test
    void scoresIgnoreDashStyleButNotOrder() {
        assertThat(same(SportsAnswer.of("7–1"), SportsAnswer.of("7-1"))).isTrue();
        assertThat(same(SportsAnswer.of("7–1"), SportsAnswer.of("7 - 1"))).isTrue();
        assertThat(same(SportsAnswer.of("7–1"), SportsAnswer.of("1–7"))).isFalse();
    }

    @Test
    void numbersIgnoreLeadingZerosAndTrailingPointZero() {
        assertThat(same(SportsAnswer.of(16), SportsAnswer.of("016"))).isTrue();
        assertThat(same(SportsAnswer.of(16), SportsAnswer.of("16.0"))).isTrue();
        assertThat(same(SportsAnswer.of(16), SportsAnswer.of("15"))).isFalse();
    }

    @Test
    void setsIgnoreOrderButNeedEveryTiedValueAndNoExtra() {
        SportsAnswer tie = SportsAnswer.of(List.of("Carli Lloyd", "Célia Šašić"));
        assertThat(same(tie, SportsAnswer.of(List.of("Celia Sasic", "Carli Lloyd")))).isTrue();
        assertThat(same(tie, SportsAnswer.of("Carli Lloyd"))).isFalse();
        assertThat(same(tie, SportsAnswer.of(List.of("Carli Lloyd", "Célia Šašić", "Marta")))).isFalse();
    }

    @Test
    void cannotAnswerIsRightOnlyForUnanswerableQuestions() {
        assertThat(same(SportsAnswer.cannotAnswer(), SportsAnswer.cannotAnswer())).isTrue();
        assertThat(same(SportsAnswer.cannotAnswer(), SportsAnswer.of("Brazil"))).isFalse();
        assertThat(same(SportsAnswer.of("Brazil"), SportsAnswer.cannotAnswer())).isFalse();
    }
}
