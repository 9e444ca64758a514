package dev.groundwork.api.cli;

import dev.groundwork.api.ask.AskEvaluation;
import dev.groundwork.api.ask.AskSample;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ask.LinkScores;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code groundwork eval ask}: routing accuracy and citation precision of {@code ask} on labelled questions. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        footer = "--json: routing_accuracy, citation_precision, first_sentence_accuracy and n, among others.",
        description = "Ingest the sample data (or --data DIR) into a temporary database unless --db is given, ask the labelled"
                + " questions (cross-domain and unanswerable ones included) and report routing accuracy and citation precision.")
final class EvalAskCommand extends StoreCommand {

    @Option(names = "--data", paramLabel = "DIR", description = "tickets/*.csv, sports/ (World Cup CSV) and commonsense/*.txt"
            + " (CN-100K); default: the sample shipped in the jar.")
    Path data;

    @Option(names = "--questions", paramLabel = "FILE", description = "Labelled questions, 'domains<TAB>question[<TAB>value]'"
            + " lines, value: what the first sentence must contain, '|' between alternatives (default: the shipped set).")
    Path questions;

    @Option(names = "--no-ingest", description = "Ask the database --db names as it is.")
    boolean noIngest;

    @Override
    public void run() {
        List<AskEvaluation.Question> labelled = labelled();
        AskEvaluation.Report r;
        try (EvalStore eval = EvalStore.open(store); DomainEngines engines = new DomainEngines(eval.store())) {
            if (!noIngest) {
                AskSample.ingest(eval.store(), data != null ? data : AskSample.extract(tempDir()), line -> output.err().println(line));
            }
            r = AskEvaluation.run(eval.store(), Asker.open(engines, LinkScores.NONE), labelled);
        }
        Map<String, Object> out = Console.toMap(r);
        output.print(out, w -> out.forEach((k, v) -> w.printf("%-20s %s%n", k, Console.text(v))));
    }

    private List<AskEvaluation.Question> labelled() {
        if (questions == null) {
            return AskEvaluation.shipped();
        }
        try (InputStream in = Files.newInputStream(questions)) {
            return AskEvaluation.questions(in, questions.toString());
        } catch (IOException e) {
            throw new BadInputException("--questions must be a readable file, got " + questions + ": " + e.getMessage(), e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("groundwork-ask-sample");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UnavailableException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }
}
