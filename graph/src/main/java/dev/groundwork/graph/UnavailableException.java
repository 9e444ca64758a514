package dev.groundwork.graph;

/**
 * A resource Groundwork depends on (a Neo4j server, a model file, a model server) cannot be reached or is not ready. Check that it runs, then retry.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the parameter or resource and what was expected.
 */
public class UnavailableException extends GroundworkException {
    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
