package dev.groundwork.query.sports;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.QuestionCase;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A table of questions asked over a sports graph built from Cypher test resources: the graph is loaded once per test
 * class (on the shared store, wiped first), and each line of the table is one test case (see {@link QuestionCase}).
 * A subclass names its table and its graph; it may add tests of its own on {@link #qa}.
 *
 * <pre>{@code
 * class StrangerQuestionsTest extends SportsQuestionTableTest {
 *     StrangerQuestionsTest() {
 *         super("/sports/stranger-questions.jsonl", "/sports/stranger-graph.cypher");
 *     }
 * }
 * }</pre>
 */
@ExtendWith(SharedNeo4j.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SportsQuestionTableTest {
    private final String table;
    private final List<String> graph;
    /** Opened once on the graph: the same parser a server keeps per store. */
    protected SportsQuestionAnswering qa;

    /** {@code graph}: the Cypher resources to run, in order. */
    SportsQuestionTableTest(String table, String... graph) {
        this.table = table;
        this.graph = List.of(graph);
    }

    @BeforeAll
    void loadGraph(GraphStore store) throws IOException {
        for (String resource : graph) {
            run(store, resource);
        }
        qa = SportsQuestionAnswering.open(store);
    }

    Stream<QuestionCase> table() {
        return QuestionCase.read(getClass(), table);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void answersOrDeclinesAsTheTableSays(QuestionCase question) {
        question.check(replies(qa));
    }

    /** What {@code qa} replies, for a {@link QuestionCase} to check. */
    static Function<String, QuestionCase.Reply> replies(SportsQuestionAnswering qa) {
        return question -> {
            var r = qa.answer(question);
            return new QuestionCase.Reply(r.answered(), r.values(), r.answer().text());
        };
    }

    /** Runs the Cypher statements of a test resource (separated by ";" at a line end; "//" lines are comments). */
    static void run(GraphStore store, String resource) throws IOException {
        try (InputStream in = SportsQuestionTableTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^//.*$", "");
            for (String statement : text.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    store.write(tx -> tx.run(statement).consume());
                }
            }
        }
    }
}
