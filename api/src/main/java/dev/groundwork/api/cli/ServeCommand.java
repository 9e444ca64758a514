package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code groundwork serve}: GraphQL, GraphiQL and health over HTTP, Bolt for Neo4j tools. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve GraphQL (/graphql), GraphiQL (/graphiql) and health (/health) over HTTP, and the graph over"
                + " Bolt, until Ctrl-C. Prints 'READY <graphql-url> <bolt-uri>' when serving.")
final class ServeCommand implements Runnable {
    @Mixin
    ServerOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var cl = spec.commandLine();
        Serving.serve(options.store.config(), options.host, options.port, options.linkModel(), options.json, cl.getOut(), cl.getErr(),
                s -> { }, server -> "");
    }
}
