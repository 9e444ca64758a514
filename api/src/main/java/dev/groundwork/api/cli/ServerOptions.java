package dev.groundwork.api.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options of the commands that serve: the store, where HTTP listens, and how readiness is announced. */
final class ServerOptions {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port; 0 = a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the HTTP server binds to (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"--model", "--linkpred-model"}, paramLabel = "FILE",
            description = "A link-prediction model written by 'train linkpred' for the GraphQL fields predictLinks and"
                    + " scoreTriple (or groundwork.linkpred.model / GROUNDWORK_LINKPRED_MODEL).")
    Path linkModel;

    Optional<Path> linkModel() {
        return Optional.ofNullable(linkModel);
    }

    @Option(names = "--json", description = "Announce readiness as one JSON object instead of the READY line.")
    boolean json;
}
