package dev.groundwork.graph;

/**
 * The entity, ticket, run, model or file named by the caller does not exist.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the parameter or resource and what was expected.
 */
public class NotFoundException extends BadInputException {
    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
