package dev.groundwork.query.sports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer type read from questions phrased as people ask them, not as the templates' examples are written. */
class AnswerKindTest {
    private static AnswerKind kind(String question) {
        return AnswerKind.of(Lexicon.canonical(question));
    }

    @Test
    void readsTheKindFromTheInterrogativeAndItsHeadNoun() {
        assertThat(kind("Which nation scored the most goals at the 2018 tournament?")).isEqualTo(AnswerKind.TEAM);
        assertThat(kind("Which player was sent off in the 2006 World Cup final?")).isEqualTo(AnswerKind.PLAYER);
        assertThat(kind("Which Premier League team scored the most goals in 2022/23?")).isEqualTo(AnswerKind.TEAM);
        assertThat(kind("Which Bundesliga side went unbeaten in 2023/24?")).isEqualTo(AnswerKind.TEAM);
        assertThat(kind("How many goals were scored during the 2018 World Cup in Russia?")).isEqualTo(AnswerKind.NUMBER);
        assertThat(kind("What was the final score when Brazil met Germany in 2014?")).isEqualTo(AnswerKind.SCORE);
        assertThat(kind("In which stadium was the deciding match of the 2014 World Cup played?")).isEqualTo(AnswerKind.VENUE);
        assertThat(kind("In what city was the 2002 showpiece staged?")).isEqualTo(AnswerKind.CITY);
        assertThat(kind("On what date did the 1998 decider take place?")).isEqualTo(AnswerKind.DATE);
        assertThat(kind("In which year did Uruguay stage the tournament?")).isEqualTo(AnswerKind.YEAR);
        assertThat(kind("How far did England go in 1990?")).isEqualTo(AnswerKind.STAGE);
        assertThat(kind("Who officiated the 2010 final?")).isEqualTo(AnswerKind.REFEREE);
        assertThat(kind("Who was in charge of Italy at the 2006 World Cup?")).isEqualTo(AnswerKind.MANAGER);
        assertThat(kind("What is the head-to-head record of Brazil against Sweden?")).isEqualTo(AnswerKind.RECORD);
        assertThat(kind("Who netted in the 1966 final?")).isEqualTo(AnswerKind.PLAYER);
        assertThat(kind("Who lifted the trophy in 1998?")).isEqualTo(AnswerKind.TEAM);
        assertThat(kind("Where did the 2014 final take place?")).isEqualTo(AnswerKind.PLACE);
        assertThat(kind("Who came out on top in Mexico 1986?")).isEqualTo(AnswerKind.TEAM);
        assertThat(kind("Who lost the 1950 decider?")).isEqualTo(AnswerKind.WHO);
    }

    @Test
    void aQuestionForATeamIsNotAnsweredByAPlayerNorAStadiumByACountry() {
        assertThat(AnswerKind.TEAM.accepts(AnswerKind.produced("top_scorer"))).isFalse();
        assertThat(AnswerKind.VENUE.accepts(AnswerKind.produced("host_country"))).isFalse();
        assertThat(AnswerKind.PLAYER.accepts(AnswerKind.produced("final_teams"))).isFalse();
        assertThat(AnswerKind.NUMBER.accepts(AnswerKind.produced("match_score"))).isFalse();
        assertThat(AnswerKind.WHO.accepts(AnswerKind.produced("tournament_winner"))).isTrue();
        assertThat(AnswerKind.DATE.accepts(AnswerKind.produced("team_first_appearance"))).isTrue();
        assertThat(AnswerKind.UNKNOWN.accepts(AnswerKind.produced("match_venue"))).isTrue();
    }

    @Test
    void everyAnsweringTemplateDeclaresWhatItReturns() {
        var library = new TemplateLibrary(dev.groundwork.graph.embedding.TextEmbedder.shared());
        assertThat(library.templates().stream().filter(t -> !t.isRefusal())
                .filter(t -> AnswerKind.produced(t.name()) == AnswerKind.UNKNOWN).map(Template::name)).isEmpty();
    }
}
