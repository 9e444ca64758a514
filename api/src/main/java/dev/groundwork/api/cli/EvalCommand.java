package dev.groundwork.api.cli;

import picocli.CommandLine.Command;

/** {@code groundwork eval}: the benchmarks, each ingesting its dataset into a temporary store unless --db is given. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run a benchmark: ingest the dataset (into a temporary database unless --db is given), score every"
                + " system on it in one run, print a table, or one JSON object with --json.",
        subcommands = {EvalTicketsCommand.class, EvalLinkPredCommand.class, EvalCommonsenseCommand.class, EvalSportsCommand.class,
                EvalAskCommand.class, EvalCqaCommand.class})
final class EvalCommand extends CommandGroup {
}
