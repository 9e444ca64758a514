package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many goals did Klose score?                 | COUNT
            penalty shoot-out score of the 1994 final        | PENALTY_SCORE
            What was the score of Germany vs Brazil?         | SCORE
            How did Italy vs West Germany end?               | SCORE
            what year was Iceland's first world cup          | YEAR
            When did Cameroon play Argentina?                | DATE
            Where was the 2014 final played?                 | PLACE
            How far did England get in 2018?                 | STAGE
            Who scored the most goals in 2002?               | PERSON
            who was top scorer in 1958                       | PERSON
            Who refereed the 2018 final?                     | PERSON
            Who won the 2014 World Cup?                      | TEAM
            Which country hosted the 2015 World Cup?         | TEAM
            Tell me about Brazil                             | UNKNOWN
            """)
    void keywordRuleOnTheQuestionTextPicksTheAnswerType(String question, AnswerType expected) {
        assertThat(AnswerType.of(question)).isEqualTo(expected);
    }
}
