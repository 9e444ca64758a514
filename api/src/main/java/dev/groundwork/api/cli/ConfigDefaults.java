package dev.groundwork.api.cli;

import io.micronaut.context.env.Environment;
import picocli.CommandLine;

/**
 * Gives every long option a default from Micronaut's configuration: {@code --neo4j-uri} reads
 * {@code groundwork.neo4j.uri}, which application.yml, a system property or the environment variable
 * {@code GROUNDWORK_NEO4J_URI} may set. The command line wins over all of them.
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
        String property = "groundwork." + option.longestName().replaceFirst("^--", "").replace('-', '.');
        return environment.getProperty(property, String.class).orElse(option.defaultValue());
    }
}
