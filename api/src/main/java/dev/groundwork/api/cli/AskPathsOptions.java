package dev.groundwork.api.cli;

import dev.groundwork.api.ask.Asker;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The grounding paths {@code ask} adds to an answer: whether to add them ({@code --paths}, or {@code --answer} to
 * connect the question to), and how far they reach ({@link GroundingOptions}); the command line's form of GraphQL's
 * {@code paths: {answer, hops, limit}}. A picocli mixin; one per command invocation.
 */
final class AskPathsOptions {
    @Mixin
    GroundingOptions bounds;

    @Option(names = "--paths", description = "Add the grounding paths between the concepts of the question (commonsense).")
    boolean paths;

    @Option(names = "--answer", paramLabel = "TEXT", description = "A candidate answer to connect the question to (implies --paths).")
    String answer;

    /** The paths asked for, or null when neither {@code --paths} nor {@code --answer} is given. */
    Asker.Paths asked() {
        return paths || answer != null ? Asker.Paths.of(answer, bounds.hops, bounds.limit) : null;
    }
}
