package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.schema.ClasspathDirectory;
import dev.groundwork.graph.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code groundwork demo}: the first five minutes. Loads the sample data shipped in the jar into
 * {@code ./data/demo} (or {@code --db DIR}), trains a small link predictor, and serves GraphQL,
 * GraphiQL and Bolt with five example questions. A second run reuses what is there.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample data shipped with Groundwork (300 Hadoop tickets with duplicate links, the World Cups"
                + " 2010-2022, CN-100K around everyday concepts) into the demo directory (default: data/demo), train a small"
                + " link predictor on it, and serve GraphQL, GraphiQL and Bolt like 'serve', printing five example questions."
                + " A second run reuses what is there.")
final class DemoCommand implements Runnable {
    static final Path DEMO_DB = Path.of("data", "demo");
    /** The system property through which the server finds the link predictor (the same as {@code serve}'s). */
    /** A GraphiQL example whose first line starts with this is one of the demo's questions. */
    static final String QUESTION_PREFIX = "# Demo: ";

    @Mixin
    ServerOptions options;

    @Option(names = "--reset", description = "Delete the demo directory (--db) first and load everything afresh; refuses a directory"
            + " that holds anything but a demo.")
    boolean reset;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var cl = spec.commandLine();
        StoreConfig config = options.store.config(DEMO_DB);
        if (reset) {
            if (config.uri() != null) {
                throw new BadInputException("--reset deletes the embedded demo directory and cannot be combined with --neo4j-uri "
                        + config.uri());
            }
            reset(config.dataDir());
        }
        // DemoSetup trains this model before the server starts; --model FILE serves another instead.
        Optional<Path> model = options.linkModel().or(() -> Optional.of(config.dataDir().resolve(DemoSetup.MODEL).toAbsolutePath()));
        Serving.serve(config, options.host, options.port, model, options.json, cl.getOut(), cl.getErr(), store -> {
            long start = System.nanoTime();
            DemoSetup.Result result = DemoSetup.prepare(store, cl.getErr());
            cl.getErr().printf(java.util.Locale.ROOT, "demo: ready to serve after %.1f s (%d steps done, the rest reused)%n",
                    (System.nanoTime() - start) / 1e9, result.stepsDone());
        }, server -> questions(server.graphqlUrl(), server.graphiqlUrl()));
    }

    /** The demo's example questions with their GraphQL, from the GraphiQL examples marked {@value #QUESTION_PREFIX}. */
    static List<Question> questions() {
        return ClasspathDirectory.list("graphiql/examples", ".graphql").stream()
                .map(e -> Question.parse(e.name(), e.text())).flatMap(Stream::ofNullable).toList();
    }

    /**
     * One example question.
     *
     * @param file the GraphiQL example it comes from
     * @param question the question in words
     * @param graphql the GraphQL that asks it (without the comment lines)
     */
    record Question(String file, String question, String graphql) {
        static Question parse(String file, String text) {
            if (!text.startsWith(QUESTION_PREFIX)) {
                return null;
            }
            String question = text.lines().findFirst().orElseThrow().substring(QUESTION_PREFIX.length()).strip();
            String graphql = text.lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
            return new Question(file, question, graphql);
        }
    }

    private static String questions(String graphqlUrl, String graphiqlUrl) {
        StringBuilder b = new StringBuilder("\nFive questions to try (the same are tabs in ").append(graphiqlUrl).append("):\n");
        int i = 1;
        for (Question q : questions()) {
            b.append("\n").append(i++).append(". ").append(q.question()).append("\n");
            q.graphql().lines().forEach(l -> b.append("     ").append(l).append("\n"));
        }
        b.append("""

                From a shell: curl -s -H 'Content-Type: application/json' -d '{"query":"{ stats { nodeCount } }"}' %s
                The README walks through these with their answers, and the same data in Neo4j Browser.
                """.formatted(graphqlUrl));
        return b.toString();
    }

    /** Deletes a demo directory; refuses a directory that holds anything but a demo, so a mistyped --db loses nothing. */
    static void reset(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        servingProcess(dir).ifPresent(pid -> {
            throw new BadInputException("--reset cannot delete " + dir + " while Groundwork process " + pid
                    + " serves it; stop that first");
        });
        if (!DemoSetup.isDemoDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException("--reset deletes only a demo directory, and " + dir + " has no "
                            + DemoSetup.MARKER + "; remove it yourself or choose another --db");
                }
            } catch (IOException e) {
                throw new UnavailableException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UnavailableException("--reset could not delete " + dir + " (is a server still using it?): " + e.getMessage(), e);
        }
    }

    /** The pid of a live server recorded in {@code dir} (groundwork-server.json, written by serve and demo). */
    private static java.util.Optional<Long> servingProcess(Path dir) {
        Path record = dir.resolve("groundwork-server.json");
        if (!Files.isRegularFile(record)) {
            return java.util.Optional.empty();
        }
        try {
            long pid = Console.JSON.readTree(record.toFile()).path("pid").asLong(-1);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
