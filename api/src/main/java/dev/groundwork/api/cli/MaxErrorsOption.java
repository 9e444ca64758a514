package dev.groundwork.api.cli;

import dev.groundwork.ingest.IngestOptions;
import picocli.CommandLine.Option;

/**
 * {@code --max-errors} of the ingest commands: the error budget of {@code IngestOptions.maxErrors}, the same for every
 * ingestor (a run that exceeds it fails and is undone). A picocli mixin, so the option is declared once; one per
 * command invocation.
 */
final class MaxErrorsOption {
    @Option(names = "--max-errors", defaultValue = "0", description = "Malformed records skipped and counted before the run fails"
            + " and is undone (default: ${DEFAULT-VALUE}: stop at the first).")
    long maxErrors;

    /** The options every ingest command starts from: the defaults, with this error budget. */
    IngestOptions options() {
        return IngestOptions.DEFAULTS.withMaxErrors(maxErrors);
    }
}
