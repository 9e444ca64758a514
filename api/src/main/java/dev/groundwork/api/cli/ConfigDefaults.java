package dev.groundwork.api.cli;

import io.micronaut.context.env.Environment;
import picocli.CommandLine;

/**
 * Gives every long option a default from Micronaut's configuration: {@code --neo4j-uri} reads
 * {@code groundwork.neo4j.uri}, which application.yml, a system property or the environment variable
 * {@code GROUNDWORK_NEO4J_URI} may set; {@code --llm-base-url} also reads {@code groundwork.llm.base-url}. The command line wins over all of them.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    private final Environment environment;

    ConfigDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        if (!(argSpec instanceof CommandLine.Model.OptionSpec option)) {
            return argSpec.defaultValue();
        }
        String name = option.longestName().replaceFirst("^--", "");
        // --llm-base-url: groundwork.llm.base.url, or groundwork.llm.base-url as the server's settings are named.
        return java.util.stream.Stream.of(name.replace('-', '.'), name.replaceFirst("-", "."))
                .map(n -> environment.getProperty("groundwork." + n, String.class)).flatMap(java.util.Optional::stream)
                .findFirst().orElse(option.defaultValue());
    }
}
