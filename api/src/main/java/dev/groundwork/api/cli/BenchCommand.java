package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code groundwork bench}: load generators against a running server. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Load benchmarks against a running server.",
        subcommands = {BenchApiCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
