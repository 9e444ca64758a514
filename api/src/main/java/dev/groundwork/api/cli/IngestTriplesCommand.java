package dev.groundwork.api.cli;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.triples.TripleIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code groundwork ingest triples}: any knowledge graph given as head, relation, tail lines. */
@Command(name = "triples", mixinStandardHelpOptions = true,
        description = "Load head<TAB>relation<TAB>tail files (FB15k-237, WN18RR, NELL-995, UMLS ...) as a generic graph:"
                + " Entity {key} nodes, relationships typed by relation (original name kept as 'name').")
final class IngestTriplesCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "tsv", description = "Input format; only 'tsv' (default).",
            completionCandidates = IngestFormats.Triples.class)
    String format;

    @Option(names = "--dataset", defaultValue = "", description = "A name recorded on every entity, e.g. fb15k-237.")
    String dataset;

    @Option(names = "--batch-size", defaultValue = "" + TripleIngest.BATCH_SIZE, description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    MaxErrorsOption errors;

    @Mixin
    BulkLoadOption bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Triple files, e.g. train.txt valid.txt test.txt.")
    List<Path> files;

    @Override
    public void run() {
        Ingestor ingestor = Ingestors.get(Ingestors.TRIPLES, format);
        IngestOptions options = errors.options().withDataset(dataset).withBatchSize(batchSize);
        ProgressLine progress = new ProgressLine(output.err(), "triples");
        IngestProgress report = p -> progress.update(p.records(), 0, Path.of(p.file()).getFileName().toString());
        // The importer's own stage-by-stage report goes to standard error, like the progress of the parse.
        IngestRun run = bulk.load(store, config -> TripleIngest.bulk(config, files, options, report, System.err).run(),
                s -> ingestor.ingest(s, files, options, report).run());
        double seconds = progress.finish();
        IngestSummary.print(output, run, seconds);
    }
}
