package dev.groundwork.api.cli;

import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.sports.SportsIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code groundwork ingest sports --format worldcup|openfootball|statsbomb PATH}: loads structured
 * soccer data into the sports graph through one ingest run; progress per file on standard error, a
 * summary on standard output with what merged into nodes of another source ({@code --json}: one
 * JSON object on the last line).
 */
@Command(name = "sports", mixinStandardHelpOptions = true,
        description = "Load soccer data into the sports graph: the Fjelstul World Cup Database CSVs (worldcup), football.json"
                + " league seasons (openfootball) or the StatsBomb open-data layout (statsbomb).")
final class IngestSportsCommand extends StoreCommand {

    @Option(names = "--format", required = true, description = "Input format; known: ${COMPLETION-CANDIDATES}.",
            completionCandidates = IngestFormats.Sports.class)
    String format;

    @Parameters(index = "0", paramLabel = "PATH", description = "The directory of the data files (openfootball: also one file).")
    Path path;

    @Override
    public void run() {
        var summary = store.using(s -> (SportsIngest.Summary) Ingestors.get(Ingestors.SPORTS, format).ingest(s, List.of(path),
                IngestOptions.DEFAULTS, p -> p.line().ifPresent(output.err()::println)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", summary.format());
        out.put("run", summary.run().id());
        out.put("status", summary.run().status());
        out.put("counts", summary.run().counts());
        out.put("rowsPerFile", summary.rowsPerFile());
        out.put("merged", summary.merged());
        out.put("unresolved", summary.unresolved());
        out.put("millis", summary.millis());
        var w = output.out();
        if (output.json()) {
            Console.json(w, out);
        } else {
            w.println("Ingested " + summary.format() + " from " + path + " as run " + summary.run().id() + " in " + summary.millis()
                    + " ms: " + Console.text(summary.run().counts()) + "; merged into existing nodes: " + Console.text(summary.merged()));
            // A record the merge rule could not place is named, never merged on a guess.
            summary.unresolved().forEach(line -> w.println("kept apart: " + line));
        }
        w.flush();
    }
}
