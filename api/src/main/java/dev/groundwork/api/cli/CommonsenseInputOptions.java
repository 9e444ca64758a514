package dev.groundwork.api.cli;

import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The options that say how to read commonsense input files: {@code ingest commonsense} and {@code export neo4j-import}. */
final class CommonsenseInputOptions {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "conceptnet (ConceptNet 5 assertions CSV, .gz ok), cn100k (relation<TAB>head<TAB>tail) or rdf.")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "Language kept from a ConceptNet dump (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--max-errors", defaultValue = "0",
            description = "Malformed records skipped (and reported) before the run fails and is undone (default: ${DEFAULT-VALUE}).")
    long maxErrors;

    /** The ingest options for {@code files}, with progress on {@code err}. */
    CommonsenseIngest.Options options(List<Path> files, int chunkSize, PrintWriter err) {
        return new CommonsenseIngest.Options(CommonsenseIngest.Format.parse(format), files, lang, maxErrors, chunkSize, new Progress(err));
    }
}
