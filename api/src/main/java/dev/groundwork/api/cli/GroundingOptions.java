package dev.groundwork.api.cli;

import picocli.CommandLine.Option;

/**
 * How far a commonsense grounding reaches: the longest path and the most nodes of its sub-graph, for
 * {@code ask --paths} and {@code eval commonsense}. A picocli mixin, so both commands take the same options with the
 * same defaults; one per command invocation.
 */
final class GroundingOptions {
    @Option(names = "--hops", defaultValue = "2", description = "Longest grounding path in relationships (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", defaultValue = "50", description = "Most nodes of a grounding sub-graph (default: ${DEFAULT-VALUE}).")
    int limit;
}
