package dev.groundwork.api.cli;

import java.util.List;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.QuestionCase;
import dev.groundwork.graph.testing.QuestionTable;
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

    /** The questions of {@code /sports-formats/questions.jsonl}, one test case a line. */
    @QuestionTable("/sports-formats/questions.jsonl")
    void answersOrDeclinesAsTheTableSays(QuestionCase question) {
        question.check(q -> {
            var r = qa.answer(q);
            return new QuestionCase.Reply(r.answered(), r.values(), r.answer().text());
        });
    }
}
