package dev.groundwork.graph;

/**
 * A temporary failure, such as a deadlock or a leader switch in a cluster: the same call may succeed when retried.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the parameter or resource and what was expected.
 */
public class TransientException extends GroundworkException {
    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
