package dev.groundwork.graph.store;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.DeadlineExceededException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.TransientException;
import dev.groundwork.graph.UnavailableException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Maps the driver's exceptions onto Groundwork's, keeping Neo4j's message and code. */
final class Neo4jErrors {
    private Neo4jErrors() {}

    static GroundworkException translate(Neo4jException e) {
        String message = e.getMessage() + (e.code() == null || e.code().isEmpty() ? "" : " (" + e.code() + ")");
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new UnavailableException("Neo4j is unavailable: " + message, e);
        }
        if (e instanceof org.neo4j.driver.exceptions.TransientException) {
            return new TransientException("Neo4j reported a transient error, retry: " + message, e);
        }
        // TransactionTimedOut and TransactionTimedOutClientConfiguration: the timeout a Deadline gave.
        if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return new DeadlineExceededException("Neo4j stopped the transaction at its deadline: " + message, e);
        }
        if (e instanceof ClientException) {
            return new BadInputException("Neo4j rejected the query: " + message, e);
        }
        return new GroundworkException("Neo4j failed: " + message, e);
    }
}
