package dev.groundwork.query.sports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {
    @Test
    void relationSynonymsBecomeTheTemplatesWords() {
        assertThat(Lexicon.canonical("Who lifted the trophy in Year?")).isEqualTo("Who won the World Cup in Year?");
        assertThat(Lexicon.canonical("Which country were champions at the Year tournament?"))
                .isEqualTo("Which country won the World Cup at the Year tournament?");
        assertThat(Lexicon.canonical("who reffed Team v Team")).isEqualTo("who refereed Team v Team");
        assertThat(Lexicon.canonical("Who bagged goals in the Year final?")).isEqualTo("Who scored goals in the Year final?");
        assertThat(Lexicon.canonical("Who got his marching orders in Team vs Team?")).isEqualTo("Who was sent off in Team vs Team?");
        assertThat(Lexicon.canonical("Who officiated the Year final?")).isEqualTo("Who refereed the Year final?");
        assertThat(Lexicon.canonical("Who was in charge of Team at the Year World Cup?")).isEqualTo("Who managed Team at the Year World Cup?");
        assertThat(Lexicon.canonical("Which players failed to convert their kicks?")).isEqualTo("Which players missed their kicks?");
    }

    @Test
    void stageSynonymsAreTheFinal() {
        assertThat(Lexicon.canonical("In which stadium was the deciding match of the Year World Cup played?"))
                .isEqualTo("In which stadium was the final of the Year World Cup played?");
        assertThat(Lexicon.canonical("Who won the showpiece?")).isEqualTo("Who won the final?");
    }

    @Test
    void aTournamentHeldSomewhereAsksForItsHostButAFinalForItsVenue() {
        assertThat(Lexicon.canonical("Where was the Year men's tournament held?")).isEqualTo("which country hosted the Year men's World Cup?");
        assertThat(Lexicon.canonical("Where was the Year final held?")).isEqualTo("Where was the Year final played?");
        assertThat(Lexicon.canonical("Who won WC Year?")).isEqualTo("Who won World Cup Year?");
    }
}
