package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;

/**
 * A Cypher query that parses but that {@link CypherValidator} will not run: it writes without
 * permission, reads files, calls a procedure outside the allowlist, commits in batches, administers
 * the DBMS, or (for model-written Cypher) names a label, relationship type or property key the
 * database does not have. Nothing of the query ran. Rewrite the query; sending it again fails the
 * same way.
 *
 * <p>{@link #reason()} tells a program which rule refused it; the message tells a person, naming the
 * offending clause or name.
 */
public final class CypherRefusedException extends BadInputException {
    /** Which rule refused the query. */
    public enum Reason {
        /** The planner does not classify the query as read-only and writes were not allowed. */
        WRITE,
        /** {@code LOAD CSV} reads files and URLs, never only the graph. */
        LOAD_CSV,
        /** A procedure outside {@link CypherValidator#ALLOWED_PROCEDURES}. */
        PROCEDURE,
        /** {@code CALL { ... } IN TRANSACTIONS} commits on its own, outside the caller's transaction. */
        CALL_IN_TRANSACTIONS,
        /** A command that administers the DBMS or reads its configuration or other sessions. */
        COMMAND,
        /** {@code USE}: the store, not the query, chooses the database. */
        USE,
        /** A label, relationship type or property key that the database does not have. */
        UNKNOWN_NAME
    }

    private final Reason reason;

    CypherRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
