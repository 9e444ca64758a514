package dev.groundwork.api.cli;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code groundwork ingest}: batch ingestion, and the record of what each run wrote. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load data into the graph, list ingest runs, undo one.",
        subcommands = {IngestCommand.Runs.class, IngestCommand.Undo.class, IngestTriplesCommand.class, IngestTicketsCommand.class,
                IngestCommonsenseCommand.class, IngestSportsCommand.class})
final class IngestCommand extends CommandGroup {
    @Command(name = "runs", mixinStandardHelpOptions = true,
            footer = "--json: {\"runs\": [...]}.",
            description = "List ingest runs, newest first, with their counts.")
    static final class Runs extends StoreCommand {
        @Override
        public void run() {
            List<IngestRun> runs = store.using(IngestRuns::list);
            output.print(Map.of("runs", runs), out -> table(out, runs));
        }

        private static void table(PrintWriter out, List<IngestRun> runs) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IngestRun r : runs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("kind", r.kind());
                row.put("status", r.status());
                row.put("started", r.startedAt().toString());
                row.put("records", r.counts().records());
                row.put("created", r.counts().nodesCreated() + r.counts().relationshipsCreated());
                row.put("updated", r.counts().updated());
                row.put("skipped", r.counts().skipped());
                row.put("errors", r.counts().errors());
                rows.add(row);
            }
            Console.table(out, List.of("id", "kind", "status", "started", "records", "created", "updated", "skipped", "errors"),
                    rows);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            footer = "--json: {\"runId\", \"nodesDeleted\", \"relationshipsDeleted\"}.",
            description = "Remove what a run created alone, revert what it overwrote, re-sync the ticket search index.")
    static final class Undo extends StoreCommand {
        @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run, as 'groundwork ingest runs' lists it.")
        String runId;

        @Override
        public void run() {
            IngestRuns.Undo undo = store.using(s -> Ingestors.undo(s, runId, IngestOptions.DEFAULTS));
            output.print(undo, out -> out.printf("Undid %s: removed %d nodes and %d relationships%n", undo.runId(),
                    undo.nodesDeleted(), undo.relationshipsDeleted()));
        }
    }
}
