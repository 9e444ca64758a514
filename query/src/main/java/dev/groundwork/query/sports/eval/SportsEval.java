package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.sports.SportsAnswerer;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The soccer evaluation: the gold question set over the Fjelstul World Cup Database, its expected
 * answers computed from the CSV files, the plain-RAG baseline, and the runner that scores a
 * {@link SportsSystem}. See docs/sports-eval.md for the families and the answer rules.
 *
 * <p>Stateless and thread-safe; each call reads what it needs. Usage:
 * <pre>{@code
 * Path data = Path.of("/work/shared/data/sports/worldcup");
 * List<GoldItem> gold = SportsEval.goldAnswers(data);
 * SportsEvalResult result = SportsEval.evaluate(SportsEval.ragBaseline(data), gold);
 * System.out.println(result.toJson());
 * }</pre>
 */
public final class SportsEval {
    /** Where the gold set lives on the classpath. */
    public static final String GOLD_RESOURCE = "/sports/gold-questions.jsonl";

    private SportsEval() {}

    /** The project's gold questions, from the classpath. */
    public static List<GoldQuestion> goldQuestions() {
        try (InputStream in = SportsEval.class.getResourceAsStream(GOLD_RESOURCE)) {
            if (in == null) {
                throw new NotFoundException(GOLD_RESOURCE + ": expected the gold set on the classpath, it is missing");
            }
            return GoldSetReader.parse(GOLD_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(GOLD_RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Gold questions from a JSON-lines file of the same format. */
    public static List<GoldQuestion> goldQuestions(Path jsonLines) {
        try {
            return GoldSetReader.parse(jsonLines.toString(), Files.readString(jsonLines, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NotFoundException(jsonLines + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A question file with its answers: JSON lines {@code {"question": "...", "answers": ["..."]}}
     * ({@code []}: decline is right; {@code "match": "contains"}: each answer need only be among the
     * values; {@code id} optional; other keys ignored).
     *
     * @throws BadInputException naming the file and line of a line that is not such an object
     * @throws NotFoundException when the file cannot be read
     */
    public static List<GoldItem> questionFile(Path jsonLines) {
        try {
            return GoldSetReader.parseAnswered(jsonLines.toString(), Files.readString(jsonLines, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NotFoundException(jsonLines + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The project's gold questions with their answers computed from the CSV files in {@code dataDirectory}. */
    public static List<GoldItem> goldAnswers(Path dataDirectory) {
        return goldAnswers(dataDirectory, goldQuestions());
    }

    /**
     * The given questions with their answers computed from the CSV files in {@code dataDirectory}.
     *
     * @throws BadInputException if a question names an unknown family, lacks a slot, or its slots
     *     do not pick exactly one match, team, player or row in the data
     */
    public static List<GoldItem> goldAnswers(Path dataDirectory, List<GoldQuestion> questions) {
        return new GoldAnswers(dataDirectory).compute(questions);
    }

    /** Every template family name the gold set may use. */
    public static Set<String> families() {
        // No file is read before a question is answered, so any directory will do here.
        return new GoldAnswers(Path.of(".")).families();
    }

    /** The plain-RAG baseline over the CSV files in {@code dataDirectory}; builds its index now (seconds on the full data). */
    public static SportsSystem ragBaseline(Path dataDirectory) {
        return RagBaseline.build(new WorldCupData(dataDirectory), RowSentences.TABLES);
    }

    /**
     * The compositional parser as this evaluation sees it: its values, or "cannot answer", by the parser method, with the
     * parser's text (a decline says why) for the outcomes file.
     */
    public static SportsSystem parser(SportsQuestionAnswering qa) {
        return question -> {
            SportsQuestionAnswering.Result r = qa.answer(question);
            return (r.answered() ? SportsAnswer.of(r.values()) : SportsAnswer.cannotAnswer()).withMethod(SportsAnswerer.PARSER)
                    .withText(r.answer().text());
        };
    }

    /**
     * Scores the parser over the graph in {@code store} (nothing is ingested) on {@code items}, read with
     * {@link #questionFile}.
     */
    public static SportsEvalResult evaluate(GraphStore store, List<GoldItem> items) {
        return evaluate(parser(SportsQuestionAnswering.open(store)), items);
    }

    /**
     * Scores the parser over the graph in {@code store} and the plain-RAG baseline on the gold set, whose answers are
     * computed from the World Cup CSV files in {@code dataDirectory} (the data {@code store} was ingested from). The
     * results are keyed {@code graph} and {@code rag} in that order, each with every question's outcome.
     */
    public static Map<String, SportsEvalResult> evaluate(GraphStore store, Path dataDirectory) {
        List<GoldItem> gold = goldAnswers(dataDirectory);
        Map<String, SportsEvalResult> results = new LinkedHashMap<>();
        results.put("graph", evaluate(store, gold));
        results.put("rag", evaluate(ragBaseline(dataDirectory), gold));
        return results;
    }

    /** Asks {@code system} every gold question once, in order, and scores it. */
    public static SportsEvalResult evaluate(SportsSystem system, List<GoldItem> gold) {
        return Evaluator.run(system, gold);
    }

    /** The exact-answer rule: does {@code actual} count as {@code expected}? */
    public static boolean sameAnswer(SportsAnswer expected, SportsAnswer actual) {
        return AnswerMatcher.matches(expected, actual);
    }

    /**
     * Scores the RAG baseline on the gold set and prints the metrics as one JSON line, then the
     * wrong answers to standard error. Argument: the directory of the World Cup CSV files.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new BadInputException("usage: SportsEval <directory of the World Cup CSV files>, got " + args.length + " arguments");
        }
        Path data = Path.of(args[0]);
        List<GoldItem> gold = goldAnswers(data);
        SportsEvalResult result = evaluate(ragBaseline(data), gold);
        result.outcomes().stream().filter(o -> !o.correct()).forEach(o ->
                System.err.println(o.question().id() + " [" + o.question().family() + "] expected " + o.expected() + ", got " + o.actual()));
        System.out.println(result.toJson());
    }
}
