package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The {@code --json} option of every command that reports a result, and where the command writes:
 * the result on standard output (one JSON object on the last line with {@code --json}, text for
 * people otherwise), everything else on standard error. A picocli mixin, so the option is declared
 * once; a command's help footer names its JSON keys where they are a contract.
 *
 * <p>Not thread-safe; one per command invocation, like the command it is mixed into.
 *
 * <pre>{@code
 * @Mixin Output output;
 * ...
 * output.print(Map.of("sections", n), out -> out.printf("Reindexed %,d sections%n", n));
 * }</pre>
 */
final class Output {
    @Option(names = "--json", description = "Print the result as one JSON object on the last line of standard output.")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether {@code --json} was given. */
    boolean json() {
        return json;
    }

    /** Standard output of the command (a test's writer under {@code CommandLineTest}). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of the command: progress, warnings and skipped input. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** What was given on the command line, to tell a default from a value given. */
    CommandLine.ParseResult parsed() {
        return spec.commandLine().getParseResult();
    }

    /** With {@code --json} prints {@code value} as one JSON line; otherwise lets {@code text} write to standard output. */
    void print(Object value, Consumer<PrintWriter> text) {
        if (json) {
            Console.json(out(), value);
            return;
        }
        text.accept(out());
        out().flush();
    }
}
