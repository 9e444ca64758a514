package dev.groundwork.api.cli;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code groundwork ingest commonsense}: a ConceptNet dump, CN-100K triples or RDF into the commonsense graph. */
@Command(name = "commonsense", mixinStandardHelpOptions = true,
        description = "Load a commonsense graph (Concept nodes, relation-typed edges with weight and source).")
final class IngestCommonsenseCommand extends StoreCommand {

    @Mixin
    CommonsenseInputOptions input;

    @Option(names = "--batch", defaultValue = "" + CommonsenseIngest.DEFAULT_CHUNK,
            description = "Records per chunk: concepts and relationships are one transaction each per chunk (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    BulkLoadOption bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The files, read in order as one run.")
    List<Path> paths;

    @Override
    public void run() {
        Ingestor ingestor = input.ingestor();
        var options = input.options(batch);
        long start = System.nanoTime();
        // The importer's own stage-by-stage report goes to standard error, like the progress of the parse.
        IngestRun run = bulk.load(store, config -> CommonsenseIngest.bulk(config, CommonsenseIngest.Format.parse(ingestor.format()),
                        paths, options, CommonsenseInputOptions.progress(output.err()), System.err).run(),
                s -> ingestor.ingest(s, paths, options, CommonsenseInputOptions.progress(output.err())).run());
        double seconds = (System.nanoTime() - start) / 1e9;
        output.print(run, out -> out.printf("Ingest run %s: %,d records in %.1f s; %,d nodes and %,d relationships created,"
                        + " %,d updated, %,d skipped, %,d errors%n", run.id(), run.counts().records(), seconds, run.counts().nodesCreated(),
                run.counts().relationshipsCreated(), run.counts().updated(), run.counts().skipped(), run.counts().errors()));
    }
}
