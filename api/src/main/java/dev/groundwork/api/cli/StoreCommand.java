package dev.groundwork.api.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that works on one store and prints a result: the store options ({@code --db}, {@code --neo4j-uri} ...)
 * and the output options ({@code --json}) every such command takes, declared once; picocli reads the mixins of the
 * superclass. A subclass writes {@link #run()}. Not thread-safe; one instance per command line.
 *
 * <pre>{@code
 * @Command(name = "status")
 * final class StatusCommand extends StoreCommand {
 *     public void run() { output.print(store.using(GraphStats::of), ...); }
 * }
 * }</pre>
 */
abstract class StoreCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Mixin
    Output output;
}
