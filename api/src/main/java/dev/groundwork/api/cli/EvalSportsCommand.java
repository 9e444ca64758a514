package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.file.AtomicFile;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.query.explore.GraphExplorer;
import dev.groundwork.query.sports.eval.GoldItem;
import dev.groundwork.query.sports.eval.SportsEval;
import dev.groundwork.query.sports.eval.SportsEvalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code groundwork eval sports}: the World Cup gold set, the template-based graph system against
 * plain RAG ({@code --data}); or a question file with its answers scored against the graph already
 * in the database, nothing ingested ({@code --questions FILE --db DIR}).
 */
@Command(name = "sports", mixinStandardHelpOptions = true,
        footer = "--json: {\"systems\": {\"graph\": {...}, \"rag\": {...}}, \"ingest_ms\": N}; without it: a table.",
        description = "With --data: ingest the Fjelstul World Cup Database (into a temporary database unless --db is given) and score"
                + " the gold questions with the graph system (Cypher templates, no LLM) and the plain-RAG baseline."
                + " With --questions: score a JSON-lines question file against the graph already in --db or --neo4j-uri, ingesting"
                + " nothing. Accuracy (answerable, unanswerable, all), wrong and decline rates, latency.")
final class EvalSportsCommand extends StoreCommand {

    @Option(names = "--data", paramLabel = "DIR", description = "The World Cup CSV files (matches.csv ...): the gold set's answers are"
            + " computed from them. Exactly one of --data and --questions.")
    Path data;

    @Option(names = "--questions", paramLabel = "FILE", description = "JSON lines {\"question\": \"...\", \"answers\": [\"...\"]}"
            + " ([]: the right answer is to decline; \"match\": \"contains\": each answer need only be among the values), scored"
            + " against the graph already in the database. Exactly one of --data and --questions.")
    Path questions;

    @Option(names = "--outcomes", paramLabel = "FILE", description = "Also write every question's outcome (system, id, question,"
            + " values, declined, method, correct, latency_ms, expected, text: the system's words, a decline's reason) to FILE, one JSON object a line, for error analysis.")
    Path outcomes;

    @Override
    public void run() {
        if ((data == null) == (questions == null)) {
            throw new BadInputException("give exactly one of --data DIR (the gold set) and --questions FILE, got "
                    + (data == null ? "neither" : "both"));
        }
        if (questions != null) {
            runQuestions();
            return;
        }
        if (!Files.isRegularFile(data.resolve("matches.csv"))) {
            throw new BadInputException("--data must be the World Cup CSV directory (with matches.csv), got " + data);
        }
        Map<String, Object> report;
        long ingestMillis;
        try (EvalStore eval = EvalStore.open(store)) {
            var s = (SportsIngest.Summary) Ingestors.get(Ingestors.SPORTS, "worldcup").ingest(eval.store(), List.of(data),
                    IngestOptions.DEFAULTS, p -> p.line().ifPresent(output.err()::println));
            ingestMillis = s.millis();
            output.err().printf("ingested in %d ms; evaluating the graph and rag systems%n", ingestMillis);
            Map<String, SportsEvalResult> results = SportsEval.evaluate(eval.store(), data);
            Map<String, Object> systems = new LinkedHashMap<>();
            results.forEach((name, r) -> systems.put(name, Console.object(r.toJson())));
            report = new LinkedHashMap<>();
            report.put("systems", systems);
            if (outcomes != null) {
                writeOutcomes(results);
            }
        }
        report.put("ingest_ms", ingestMillis);
        output.print(report, out -> table(out, report));
    }

    /** Scores the question file against the graph in the store as it is; an empty graph is refused. */
    private void runQuestions() {
        List<GoldItem> items = SportsEval.questionFile(questions);
        Map<String, Object> report = new LinkedHashMap<>();
        try (EvalStore eval = EvalStore.open(store)) {
            boolean empty = new GraphExplorer(eval.store()).nodes(null, 1, null).nodes().isEmpty();
            if (empty) {
                throw new BadInputException("--questions: the graph is empty; ingest the data first (groundwork ingest sports"
                        + " --format worldcup|openfootball|statsbomb PATH --db DIR) and give that --db or --neo4j-uri");
            }
            output.err().printf("scoring %d questions from %s against the graph%n", items.size(), questions);
            SportsEvalResult graph = SportsEval.evaluate(eval.store(), items);
            report.put("systems", Map.of("graph", Console.object(graph.toJson())));
            if (outcomes != null) {
                writeOutcomes(Map.of("graph", graph));
            }
        }
        output.print(report, out -> table(out, report));
    }

    private void writeOutcomes(Map<String, SportsEvalResult> results) {
        List<String> lines = new ArrayList<>();
        results.forEach((system, r) -> r.outcomes().forEach(o -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("system", system);
            line.put("id", o.question().id());
            line.put("question", o.question().question());
            line.put("values", o.actual().values());
            line.put("declined", !o.actual().answered());
            line.put("method", o.actual().method());
            line.put("correct", o.correct());
            line.put("latency_ms", o.latencyMs());
            line.put("expected", o.expected().answered() ? o.expected().values() : "decline");
            line.put("text", o.actual().text());
            lines.add(Console.text(line));
        }));
        try {
            AtomicFile.writeString(outcomes, lines.stream().map(l -> l + "\n").collect(java.util.stream.Collectors.joining()));
        } catch (UnavailableException e) {
            throw new BadInputException("--outcomes: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void table(PrintWriter out, Map<String, Object> report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ((Map<String, Map<String, Object>>) report.get("systems")).forEach((name, m) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("system", name);
            m.forEach((k, v) -> row.put(k, v instanceof Double d ? String.format(Locale.ROOT, k.endsWith("_ms") ? "%.1f" : "%.3f", d) : v));
            rows.add(row);
        });
        Console.table(out, List.of("system", "accuracy", "accuracy_answerable", "accuracy_unanswerable", "wrong_rate", "decline_rate",
                "p50_ms", "p95_ms", "n"), rows);
        if (report.containsKey("ingest_ms")) {
            out.println("ingest of the World Cup database: " + report.get("ingest_ms") + " ms");
        }
    }
}
