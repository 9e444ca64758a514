package dev.groundwork.graph;

/**
 * A setting (command-line option, application.yml entry or environment variable) is invalid or conflicts with the machine, such as a port already in use or a data directory that cannot be written. Fix the setting.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the parameter or resource and what was expected.
 */
public class ConfigurationException extends GroundworkException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
