package dev.groundwork.graph;

/**
 * An argument, input file or query is malformed or names something it should not. Fix the input and call again; retrying the same call fails the same way.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the parameter or resource and what was expected.
 */
public class BadInputException extends GroundworkException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
