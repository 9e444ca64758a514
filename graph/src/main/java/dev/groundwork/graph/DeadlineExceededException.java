package dev.groundwork.graph;

/**
 * The work ran past its deadline or was cancelled (e.g. a GraphQL request's {@code groundwork.api.timeout}), and
 * stopped: ask for less (a smaller k, beam, hops or limit) or allow more time.
 *
 * <p>Part of the {@link GroundworkException} hierarchy; the message names the work and the limit.
 */
public class DeadlineExceededException extends GroundworkException {
    public DeadlineExceededException(String message) {
        super(message);
    }

    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
