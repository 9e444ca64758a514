package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code groundwork eval}: one subcommand per domain that ingests a dataset and scores retrieval on it. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate retrieval on a dataset.",
        subcommands = {EvalCommonsenseCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
