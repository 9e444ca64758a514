package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.UnavailableException;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The root of the command line. {@link #run(String[])} parses the arguments, runs the command and
 * turns any {@link GroundworkException} into one line on standard error and an exit code that says
 * what kind of failure it was.
 */
@Command(name = "groundwork", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Graph-grounded question answering over Neo4j knowledge graphs.%n"
                + "Options can also be set in application.yml (groundwork.<option> with '-' as '.')"
                + " or as environment variables (GROUNDWORK_NEO4J_URI, GROUNDWORK_NEO4J_PASSWORD, ...).",
        subcommands = {ServeCommand.class, DemoCommand.class, StatusCommand.class, CypherCommand.class,
                IngestCommand.class, AskCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, PredictCommand.class,
                GenerateCommand.class, ReindexCommand.class, TuneCommand.class, ExportCommand.class, ImportCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class GroundworkCommand implements Runnable {
    /** Exit code: the input or an argument was wrong. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code: a setting was wrong. */
    public static final int EXIT_CONFIGURATION = 3;
    /** Exit code: a resource was unavailable; retrying later may help. */
    public static final int EXIT_UNAVAILABLE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try (ApplicationContext context = ApplicationContext.builder(GroundworkCommand.class, Environment.CLI).start()) {
            CommandLine cmd = new CommandLine(GroundworkCommand.class, new MicronautFactory(context));
            cmd.setCaseInsensitiveEnumValuesAllowed(true);
            // --type and --tnorm accept spellings (transe, godel) that picocli's enum conversion does not know.
            ChoiceConverter.register(cmd);
            cmd.setOut(out);
            cmd.setErr(err);
            cmd.setDefaultValueProvider(new ConfigDefaults(context.getEnvironment()));
            cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
            cmd.setParameterExceptionHandler(GroundworkCommand::reportUsage);
            return cmd.execute(args);
        }
    }

    /** A wrong argument is one line naming the command and pointing at its help, not a page of usage. */
    private static int reportUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
        cl.getErr().flush();
        return EXIT_BAD_INPUT;
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof GroundworkException g) {
            err.println("groundwork: " + g.getMessage());
            err.flush();
            return switch (g) {
                case BadInputException b -> EXIT_BAD_INPUT;
                case ConfigurationException c -> EXIT_CONFIGURATION;
                case UnavailableException u -> EXIT_UNAVAILABLE;
                default -> 1;
            };
        }
        err.println("groundwork: unexpected failure: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
