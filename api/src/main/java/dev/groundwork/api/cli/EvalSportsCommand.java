package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.file.AtomicFile;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import dev.groundwork.query.sports.eval.SportsEvalResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    @Option(names = "--json", description = "Print {\"systems\": {\"graph\": {...}, \"rag\": {...}}, \"ingest_ms\": N} as one JSON object on"
            + " the last line (without it: a table).")
    boolean json;

    @Option(names = "--outcomes", paramLabel = "FILE", description = "Also write every question's outcome (system, id, question,"
            + " expected, actual, correct, latency_ms) to FILE, one JSON object a line, for error analysis.")
    Path outcomes;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!Files.isRegularFile(data.resolve("matches.csv"))) {
            throw new BadInputException("--data must be the World Cup CSV directory (with matches.csv), got " + data);
        }
        var cl = spec.commandLine();
        boolean dbGiven = cl.getParseResult().hasMatchedOption("--db");
        Map<String, Object> report;
        long ingestMillis;
        try (EvalStore eval = EvalStore.open(store, dbGiven)) {
            SportsIngest.Summary s = SportsIngest.ingest(eval.store(), "worldcup", data, line -> cl.getErr().println(line));
            ingestMillis = s.millis();
            cl.getErr().printf("ingested in %d ms; evaluating the graph and rag systems%n", ingestMillis);
            Map<String, SportsEvalResult> results = SportsQuestionAnswering.evaluate(eval.store(), data);
            Map<String, Object> systems = new LinkedHashMap<>();
            results.forEach((name, r) -> systems.put(name, Console.object(r.toJson())));
            report = new LinkedHashMap<>();
            report.put("systems", systems);
            if (outcomes != null) {
                writeOutcomes(results);
            }
        }
        report.put("ingest_ms", ingestMillis);
        print(report);
    }

    private void writeOutcomes(Map<String, SportsEvalResult> results) {
        List<String> lines = new ArrayList<>();
        results.forEach((system, r) -> r.outcomes().forEach(o -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("system", system);
            line.put("id", o.question().id());
            line.put("question", o.question().question());
            line.put("family", o.question().family());
            line.put("expected", o.expected().answered() ? o.expected().values() : "cannot answer");
            line.put("actual", o.actual().answered() ? o.actual().values() : "cannot answer");
            line.put("method", o.actual().method());
            line.put("correct", o.correct());
            line.put("latency_ms", o.latencyMs());
            lines.add(Console.text(line));
        }));
        try {
            AtomicFile.writeString(outcomes, lines.stream().map(l -> l + "\n").collect(java.util.stream.Collectors.joining()));
        } catch (UnavailableException e) {
            throw new BadInputException("--outcomes: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> report) {
        var out = spec.commandLine().getOut();
        if (json) {
            Console.json(out, report);
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        ((Map<String, Map<String, Object>>) report.get("systems")).forEach((name, m) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("system", name);
            m.forEach((k, v) -> row.put(k, v instanceof Double d ? String.format(Locale.ROOT, k.endsWith("_ms") ? "%.1f" : "%.3f", d) : v));
            rows.add(row);
        });
        Console.table(out, List.of("system", "accuracy", "accuracy_answerable", "accuracy_unanswerable", "p50_ms", "p95_ms", "n"), rows);
        out.println("ingest of the World Cup database: " + report.get("ingest_ms") + " ms");
        out.flush();
    }
}
