package dev.groundwork.api.cli;

import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.Ingestor;
import dev.groundwork.ingest.registry.Ingestors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The options that say how to read commonsense input files: {@code ingest commonsense} and {@code export neo4j-import}. */
final class CommonsenseInputOptions {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = IngestFormats.Commonsense.class,
            description = "conceptnet (ConceptNet 5 assertions CSV, .gz ok), cn100k (relation<TAB>head<TAB>tail) or rdf.")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "Language kept from a ConceptNet dump (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    MaxErrorsOption errors;

    /** The ingestor of {@code --format}. */
    Ingestor ingestor() {
        return Ingestors.get(Ingestors.COMMONSENSE, format);
    }

    /** The ingest options: {@code --lang}, {@code --max-errors} and {@code chunkSize} records per transaction. */
    IngestOptions options(int chunkSize) {
        return errors.options().withLang(lang).withBatchSize(chunkSize);
    }

    /** Progress lines on {@code err}: relationships written, rate and ETA. */
    static Progress progress(PrintWriter err) {
        return new Progress(err);
    }
}
