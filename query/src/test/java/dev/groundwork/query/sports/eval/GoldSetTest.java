package dev.groundwork.query.sports.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The project's gold set as issue 4 asks for it, and its file format. */
class GoldSetTest {
    private static final List<GoldQuestion> GOLD = SportsEval.goldQuestions();
    private static final Path FULL_DATA = Path.of(System.getProperty("groundwork.worldcup.data", "../../shared/data/sports/worldcup"));

    @Test
    void hasAtLeast200QuestionsAndAtLeast20UnanswerableOnes() {
        assertThat(GOLD).hasSizeGreaterThanOrEqualTo(200);
        assertThat(GOLD.stream().filter(q -> !q.answerable())).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void coversAtLeast40FamiliesAndEveryAnswerableFamily() {
        Set<String> used = GOLD.stream().map(GoldQuestion::family).collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThanOrEqualTo(40);
        assertThat(used).isEqualTo(SportsEval.families());
        Set<String> answered = GOLD.stream().filter(GoldQuestion::answerable).map(GoldQuestion::family).collect(Collectors.toSet());
        assertThat(answered).doesNotContainAnyElementsOf(GoldAnswers.UNANSWERABLE_ONLY)
                .containsAll(SportsEval.families().stream().filter(f -> !GoldAnswers.UNANSWERABLE_ONLY.contains(f)).toList());
    }

    @Test
    void malformedLinesNameTheSourceAndLine() {
        assertThatThrownBy(() -> GoldSetReader.parse("g.jsonl", "\n{not json"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("g.jsonl:2: expected one JSON object per line");
        String line = "{\"id\":\"q1\",\"question\":\"Who?\",\"family\":\"f\",\"args\":{},\"answerable\":true}";
        assertThatThrownBy(() -> GoldSetReader.parse("g.jsonl", line + "\n" + line))
                .isInstanceOf(BadInputException.class).hasMessage("g.jsonl:2: expected a unique id, 'q1' is used before");
        assertThatThrownBy(() -> GoldSetReader.parse("g.jsonl", line.replace("true", "false")))
                .isInstanceOf(BadInputException.class).hasMessage("g.jsonl:1: gold question q1 is unanswerable and needs a reason");
    }

    @Test
    void aQuestionFileSavedWithAByteOrderMarkAndCrlfLinesIsRead() {
        var items = GoldSetReader.parseAnswered("q.jsonl",
                "\uFEFF{\"question\": \"How many?\", \"answers\": [2]}\r\n\r\n{\"id\": 7, \"question\": \"Who?\", \"answers\": []}\r\n");
        assertThat(items).extracting(i -> i.question().id()).containsExactly("1", "7");
        assertThat(items.getFirst().question().question()).isEqualTo("How many?");
    }

    @Test
    void slotsAreReadAsTextInFileOrder() {
        GoldQuestion q = GoldSetReader.parse("g.jsonl", "{\"id\":\"q1\",\"question\":\"Q\",\"family\":\"f\",\"args\":{\"team\":\"Spain\",\"year\":2010},\"answerable\":true}").getFirst();
        assertThat(q.args()).containsExactly(Map.entry("team", "Spain"), Map.entry("year", "2010"));
    }

    static boolean fullDataPresent() {
        return Files.isRegularFile(FULL_DATA.resolve("matches.csv"));
    }

    /** Runs only where the full data is (set -Dgroundwork.worldcup.data=DIR); CI without ../shared skips it. */
    @Test
    @EnabledIf("fullDataPresent")
    void everyQuestionHasAGoldAnswerOnTheFullData() {
        assertThat(SportsEval.goldAnswers(FULL_DATA)).hasSameSizeAs(GOLD);
    }
}
