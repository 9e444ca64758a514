package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code groundwork demo}: the first five minutes, a server on ./data/demo with example questions. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start Groundwork on the embedded database in ./data/demo and serve GraphQL, GraphiQL and Bolt,"
                + " with example queries to try.")
final class DemoCommand implements Runnable {
    static final Path DEMO_DB = Path.of("data", "demo");

    @Mixin
    ServerOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var cl = spec.commandLine();
        var config = options.store.config(DEMO_DB);
        Serving.serve(config, options.host, options.port, options.linkModel(), options.json, cl.getOut(), cl.getErr(), s -> { },
                server -> """

                        Try it:
                          curl -s -H 'Content-Type: application/json' \\
                               -d '{"query":"{ stats { nodeCount labels { name count } } }"}' %s
                          ./groundwork cypher --db %s "MATCH (n) RETURN labels(n) AS label, count(*) AS n"
                        Or open %s and run the example tabs.
                        """.formatted(server.graphqlUrl(), config.dataDir(), server.graphiqlUrl()));
    }
}
