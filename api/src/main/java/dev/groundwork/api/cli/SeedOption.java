package dev.groundwork.api.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed} of every command that draws at random (a held-out sample, generated queries, a training run, a
 * sample of queries): the same seed gives the same result. A picocli mixin, so the option is declared once; one per
 * command invocation.
 *
 * <pre>{@code
 * @Mixin
 * SeedOption seed;
 * ...
 * new Random(seed.value());
 * }</pre>
 */
final class SeedOption {
    @Option(names = "--seed", defaultValue = "42",
            description = "Random seed; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    long seed;

    long value() {
        return seed;
    }
}
