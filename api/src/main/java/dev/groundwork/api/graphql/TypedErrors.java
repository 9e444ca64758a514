package dev.groundwork.api.graphql;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.DeadlineExceededException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.TransientException;
import dev.groundwork.graph.UnavailableException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.GraphQLArgument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a data fetcher's exception into a GraphQL error with {@code extensions.code}
 * (BAD_USER_INPUT, NOT_FOUND, UNAVAILABLE, TIMEOUT, UNAUTHENTICATED or INTERNAL) and, when the
 * message starts with one of the field's argument names (or a field of an input argument, {@code
 * source.path}), {@code extensions.argument}. Unexpected
 * exceptions are logged and reported without their details. Stateless.
 */
final class TypedErrors implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TypedErrors.class);

    /** A mutation without a valid API key. */
    static final class Unauthenticated extends GroundworkException {
        private static final long serialVersionUID = 1L;

        Unauthenticated(String message) {
            super(message);
        }
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters p) {
        Throwable e = unwrap(p.getException());
        String code = code(e);
        String message;
        if (e instanceof TimeoutException) {
            message = p.getFieldDefinition().getName() + " took longer than the request timeout (groundwork.api.timeout)";
        } else if (code.equals("INTERNAL")) {
            LOG.warn("{} failed", p.getFieldDefinition().getName(), e);
            message = p.getFieldDefinition().getName() + " failed unexpectedly; the server log has the details";
        } else {
            message = e.getMessage();
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        p.getFieldDefinition().getArguments().stream().map(GraphQLArgument::getName)
                .filter(a -> message.startsWith(a + " ") || message.startsWith(a + ":") || message.startsWith(a + "."))
                .findFirst().ifPresent(a -> extensions.put("argument", a));
        GraphQLError error = GraphqlErrorBuilder.newError(p.getDataFetchingEnvironment()).message(message)
                .errorType(ErrorClassification.errorClassification(code)).extensions(extensions).build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static String code(Throwable e) {
        return switch (e) {
            case NotFoundException n -> "NOT_FOUND";
            case BadInputException b -> "BAD_USER_INPUT";
            case UnavailableException u -> "UNAVAILABLE";
            case TransientException t -> "UNAVAILABLE";
            case ConfigurationException c -> "UNAVAILABLE";
            case Unauthenticated u -> "UNAUTHENTICATED";
            case TimeoutException t -> "TIMEOUT";
            case DeadlineExceededException d -> "TIMEOUT";
            default -> "INTERNAL";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
