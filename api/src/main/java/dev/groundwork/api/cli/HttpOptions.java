package dev.groundwork.api.cli;

import picocli.CommandLine.Option;

/** Where the HTTP server listens. */
final class HttpOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port; 0 = a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the HTTP server binds to (default: ${DEFAULT-VALUE}).")
    String host;
}
