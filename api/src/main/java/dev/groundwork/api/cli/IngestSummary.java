package dev.groundwork.api.cli;

import dev.groundwork.graph.batch.IngestRun;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The summary every ingest command ends with: the run id and its counts, as a line or as JSON. */
final class IngestSummary {
    private IngestSummary() {}

    /** Prints the run's summary: with {@code --json} as one JSON object, otherwise as one line. */
    static void print(Output output, IngestRun run, double seconds) {
        output.print(json(run, seconds), out -> line(out, run, seconds));
    }

    /** The run's summary as the JSON keys ingest commands print. */
    static Map<String, Object> json(IngestRun run, double seconds) {
        var c = run.counts();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("run", run.id());
        o.put("kind", run.kind());
        o.put("status", run.status());
        o.put("records", c.records());
        o.put("nodes_created", c.nodesCreated());
        o.put("relationships_created", c.relationshipsCreated());
        o.put("updated", c.updated());
        o.put("skipped", c.skipped());
        o.put("errors", c.errors());
        o.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return o;
    }

    /** The run's summary as one line for people. */
    static void line(PrintWriter out, IngestRun run, double seconds) {
        var c = run.counts();
        out.printf(Locale.ROOT, "%s %s in %.1f s: %,d records, %,d nodes and %,d relationships created, %,d updated,"
                        + " %,d skipped (%,d errors)%n", run.id(), run.status().toLowerCase(Locale.ROOT), seconds, c.records(),
                c.nodesCreated(), c.relationshipsCreated(), c.updated(), c.skipped(), c.errors());
    }
}
