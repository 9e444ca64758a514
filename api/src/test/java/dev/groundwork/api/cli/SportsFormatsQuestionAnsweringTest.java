package dev.groundwork.api.cli;

import java.util.List;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The question templates over data from the openfootball and StatsBomb formats: ingest the fixtures, then ask. */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SportsFormatsQuestionAnsweringTest {
    private SportsQuestionAnswering qa;

    /** A sports fixture of the ingest module (on this module's test classpath) by its directory name. */
    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SportsFormatsQuestionAnsweringTest.class.getResource("/sports/" + name + "/README.md")).toURI())
                .getParent();
    }

    @BeforeAll
    void ingestBothFormats(GraphStore store) throws URISyntaxException {
        SportsIngest.ingest(store, "openfootball", List.of(fixture("openfootball-fixture")), IngestOptions.DEFAULTS, line -> {});
        SportsIngest.ingest(store, "statsbomb", List.of(fixture("statsbomb-fixture")), IngestOptions.DEFAULTS, line -> {});
        qa = SportsQuestionAnswering.open(store);
    }

    @Test
    void answersWhoWonALeagueMatchOfASeason() {
        var r = qa.answer("Who won Liverpool FC against Leeds United FC in 2020/21?");
        assertThat(r.answered()).as(r.answer().text()).isTrue();
        assertThat(r.template()).isEqualTo("match_winner");
        assertThat(r.values()).containsExactly("Liverpool FC");
    }

    @Test
    void theTeamsTellLeaguesOfOneSeasonApartAndAShootOutDecides() {
        var r = qa.answer("Who won the match between Chemnitzer FC and TSG 1899 Hoffenheim in 2020-21?");
        assertThat(r.values()).as(r.answer().text()).containsExactly("TSG 1899 Hoffenheim");
    }

    @Test
    void answersTheScoreFromTheFirstNamedTeamsSide() {
        var r = qa.answer("What was the score of Fulham FC against Arsenal FC in 2020/21?");
        assertThat(r.values()).as(r.answer().text()).containsExactly("0–3");
    }

    @Test
    void answersAboutAStatsBombWorldCupMatch() {
        var score = qa.answer("What was the score of Portugal against Spain at the 2018 World Cup?");
        assertThat(score.values()).as(score.answer().text()).containsExactly("3–3");
        var winner = qa.answer("Who won Portugal against Spain at the 2018 World Cup?");
        assertThat(winner.values()).as(winner.answer().text()).containsExactly("draw");
    }

    @Test
    void aSeasonTheGraphDoesNotHaveIsRefused() {
        var r = qa.answer("Who won Liverpool FC against Leeds United FC in 1999/00?");
        assertThat(r.answered()).isFalse();
        assertThat(r.answer().text()).contains("no league season 1999/00");
    }

    @Test
    void aLeagueMatchWithoutEventsDeclinesItsScorersSayingWhy() {
        var r = qa.answer("Who scored in Fulham FC against Arsenal FC in 2020/21?");
        assertThat(r.answered()).as(r.answer().text()).isFalse();
        assertThat(r.answer().text()).contains("openfootball league data holds scores only");
    }

    @Test
    void aStatsBombMatchIsFoundByItsTwoTeamsAlone() {
        var scorers = qa.answer("Who scored in Turkey vs Italy?");
        assertThat(scorers.values()).as(scorers.answer().text()).containsExactlyInAnyOrder("Merih Demiral", "Ciro Immobile", "Lorenzo Insigne");
        var subs = qa.answer("Who came on as a substitute in Turkey vs Italy?");
        assertThat(subs.values()).as(subs.answer().text()).hasSize(9).contains("Federico Chiesa", "Cengiz Ünder");
        var red = qa.answer("Who was sent off in Barcelona vs Girona?");
        assertThat(red.values()).as(red.answer().text()).containsExactly("Clément Lenglet");
    }
}
