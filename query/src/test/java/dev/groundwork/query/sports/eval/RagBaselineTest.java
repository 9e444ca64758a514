package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RagBaselineTest {
    private static final List<String> TABLES = List.of("players", "goals", "matches", "squads");
    private static RagBaseline rag;

    /** A hand-made database small enough that the ranking of every row is obvious. */
    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("players.csv"), """
                player_id,family_name,given_name
                P-1,Zico,not applicable
                P-2,Rossi,Paolo
                P-3,Mbappé,Kylian
                """);
        Files.writeString(dir.resolve("goals.csv"), """
                goal_id,tournament_id,match_name,player_id,family_name,given_name,team_name
                G-1,WC-1982,Brazil vs New Zealand,P-1,Zico,not applicable,Brazil
                G-2,WC-1982,Brazil vs New Zealand,P-1,Zico,not applicable,Brazil
                G-3,WC-1982,Brazil vs Scotland,P-1,Zico,not applicable,Brazil
                G-4,WC-1986,Brazil vs Poland,P-1,Zico,not applicable,Brazil
                G-5,WC-1982,Italy vs Brazil,P-2,Rossi,Paolo,Italy
                """);
        Files.writeString(dir.resolve("matches.csv"), """
                match_id,tournament_id,match_name,home_team_name,away_team_name,score,stadium_name
                M-1,WC-1982,Italy vs Brazil,Italy,Brazil,3–2,Estadio Sarrià
                """);
        Files.writeString(dir.resolve("squads.csv"), """
                tournament_id,team_name,player_id,family_name,given_name
                WC-2022,France,P-3,Mbappé,Kylian
                """);
        rag = RagBaseline.build(new WorldCupData(dir), TABLES);
    }

    @Test
    void indexesEveryRowOfEveryFile() {
        assertThat(rag.size()).isEqualTo(3 + 5 + 1 + 1);
    }

    @Test
    void countIsTheNumberOfRetrievedRowsFromTheBestFileWithTheQuestionsNamesAndYears() {
        assertThat(rag.answer("How many goals did Zico get in 1982?")).isEqualTo(SportsAnswer.of(3));
    }

    @Test
    void scoreAndPlaceComeFromTheBestRowThatHasSuchAColumn() {
        assertThat(rag.answer("What was the score of Italy vs Brazil?")).isEqualTo(SportsAnswer.of("3–2"));
        assertThat(rag.answer("Where was Italy vs Brazil played?")).isEqualTo(SportsAnswer.of("Estadio Sarrià"));
    }

    @Test
    void personAnswersUseTheDisplayNameAndTeamsTheTeamColumn() {
        assertThat(rag.answer("Who scored for Brazil in 1986?")).isEqualTo(SportsAnswer.of("Zico"));
        assertThat(rag.answer("which team did mbappe play for")).isEqualTo(SportsAnswer.of("France"));
    }

    @Test
    void declinesWhenNoRuleGivesAnAnswerTypeOrNothingIsRetrieved() {
        assertThat(rag.answer("Tell me about Zico")).isEqualTo(SportsAnswer.cannotAnswer());
        assertThat(rag.answer("How many xyzzy?")).isEqualTo(SportsAnswer.cannotAnswer());
    }

    @Test
    void answersFromAnIndexOfEveryFixtureFile() {
        RagBaseline fixture = RagBaseline.build(new WorldCupData(Fixture.directory()), RowSentences.TABLES);
        List<GoldItem> gold = new GoldAnswers(Fixture.directory()).compute(List.of(
                Fixture.asked("Who won the 2014 World Cup?", "tournament_winner", "year", "2014"),
                Fixture.asked("What was the score of Germany against Brazil in 2014?", "match_score", "team", "Germany", "opponent", "Brazil", "year", "2014")));
        SportsEvalResult result = Evaluator.run(fixture, gold);
        assertThat(fixture.size()).as("data rows of the 26 fixture files, counted with wc -l less one header each").isEqualTo(6827);
        assertThat(result.n()).isEqualTo(2);
        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.actual().answered()).isTrue());
    }
}
