package dev.groundwork.query.sports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who lifted the trophy in Year?                        | Who won the World Cup in Year?
            Which country were champions at the Year tournament?  | Which country won the World Cup at the Year tournament?
            who reffed Team v Team                                | who refereed Team v Team
            Who bagged goals in the Year final?                   | Who scored goals in the Year final?
            Who got his marching orders in Team vs Team?          | Who was sent off in Team vs Team?
            Who officiated the Year final?                        | Who refereed the Year final?
            Who was in charge of Team at the Year World Cup?      | Who managed Team at the Year World Cup?
            Which players failed to convert their kicks?          | Which players missed their kicks?
            """)
    void relationSynonymsBecomeTheTemplatesWords(String question, String canonical) {
        assertThat(Lexicon.canonical(question)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            In which stadium was the deciding match of the Year World Cup played?  | In which stadium was the final of the Year World Cup played?
            Who won the showpiece?                                                 | Who won the final?
            """)
    void stageSynonymsAreTheFinal(String question, String canonical) {
        assertThat(Lexicon.canonical(question)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What was the score of the Euro Year opener?   | What was the score of the Euro Year opening match?
            Who scored in the Year opener against Team?   | Who scored in the Year opening match against Team?
            Who scored the opener in the Year final?      | Who scored the first goal in the Year final?
            Who got the opener in the Year final?         | Who got the opener in the Year final?
            """)
    void anOpenerNoOneScoredIsTheOpeningMatch(String question, String canonical) {
        assertThat(Lexicon.canonical(question)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Where was the Year men's tournament held?  | which country hosted the Year men's World Cup?
            Where was the Year final held?             | Where was the Year final played?
            Who won WC Year?                           | Who won World Cup Year?
            """)
    void aTournamentHeldSomewhereAsksForItsHostButAFinalForItsVenue(String question, String canonical) {
        assertThat(Lexicon.canonical(question)).isEqualTo(canonical);
    }
}
