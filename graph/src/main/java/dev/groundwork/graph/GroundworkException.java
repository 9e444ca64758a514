package dev.groundwork.graph;

/**
 * The root of every exception Groundwork throws on purpose. Unchecked, like the Neo4j driver's
 * {@code Neo4jException}: its subtypes tell the caller what to do about it.
 *
 * <ul>
 *   <li>{@link BadInputException}: an argument, file or query is wrong; fix it and call again.</li>
 *   <li>{@link ConfigurationException}: a setting is wrong or conflicts with the machine; fix the setting.</li>
 *   <li>{@link NotFoundException}: the named thing does not exist.</li>
 *   <li>{@link UnavailableException}: a resource (database, model, server) cannot be reached; check it, then retry.</li>
 *   <li>{@link TransientException}: a temporary failure; the same call may succeed if retried.</li>
 * </ul>
 *
 * <p>Messages name the parameter, the value and what was expected, e.g. {@code "--bolt-port must be
 * between 0 and 65535, got 70000"}, so that the command line can print them as one line.
 *
 * <p>The hierarchy is never Java-serialized (errors leave the process as messages, in JSON or GraphQL errors), so
 * its types declare no {@code serialVersionUID} (the build compiles with {@code -Xlint:serial} off).
 */
public class GroundworkException extends RuntimeException {
    public GroundworkException(String message) {
        super(message);
    }

    public GroundworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
