package dev.groundwork.api.cli;

import picocli.CommandLine.Command;

/** {@code groundwork bench}: load generators against a running server. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Load benchmarks against a running server.",
        subcommands = {BenchApiCommand.class})
final class BenchCommand extends CommandGroup {
}
