package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code groundwork eval sports}: the World Cup gold set, the template-based graph system against plain RAG. */
@Command(name = "sports", mixinStandardHelpOptions = true,
        description = "Ingest the Fjelstul World Cup Database (into a temporary database unless --db is given) and score"
                + " the gold questions with the graph system (Cypher templates, no LLM) and the plain-RAG baseline:"
                + " accuracy (answerable, unanswerable, all) and latency.")
final class EvalSportsCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The World Cup CSV files (matches.csv ...).")
    Path data;

    @Option(names = "--json", description = "Print {\"systems\": {\"graph\": {...}, \"rag\": {...}}} as one JSON object on the last line.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!Files.isRegularFile(data.resolve("matches.csv"))) {
            throw new BadInputException("--data must be the World Cup CSV directory (with matches.csv), got " + data);
        }
        var cl = spec.commandLine();
        boolean dbGiven = cl.getParseResult().hasMatchedOption("--db");
        String report;
        try (EvalStore eval = EvalStore.open(store, dbGiven)) {
            SportsIngest.Summary s = SportsIngest.ingest(eval.store(), "worldcup", data, line -> cl.getErr().println(line));
            cl.getErr().printf("ingested in %d ms; evaluating the graph and rag systems%n", s.millis());
            report = SportsQuestionAnswering.compare(eval.store(), data);
        }
        // The report is one JSON object either way; --json promises nothing else reaches standard output.
        cl.getOut().println(report);
        cl.getOut().flush();
    }
}
