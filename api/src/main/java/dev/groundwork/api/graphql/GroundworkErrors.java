package dev.groundwork.api.graphql;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.TransientException;
import dev.groundwork.graph.UnavailableException;
import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.SimpleDataFetcherExceptionHandler;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns a {@link GroundworkException} thrown by a data fetcher into a GraphQL error with the
 * exception's own message and a typed code, in {@code extensions.classification} and
 * {@code extensions.code}: {@code BAD_USER_INPUT}, {@code NOT_FOUND}, {@code UNAVAILABLE},
 * {@code TRANSIENT}, {@code CONFIGURATION} or {@code INTERNAL}. Other exceptions get graphql-java's default handling.
 * Stateless and thread-safe.
 */
final class GroundworkErrors implements DataFetcherExceptionHandler {
    private final DataFetcherExceptionHandler fallback = new SimpleDataFetcherExceptionHandler();

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        if (!(parameters.getException() instanceof GroundworkException e)) {
            return fallback.handleException(parameters);
        }
        String code = code(e);
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(
                GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                        .message("%s", e.getMessage())
                        .errorType(ErrorClassification.errorClassification(code))
                        .extensions(Map.of("code", code))
                        .build()).build());
    }

    static String code(GroundworkException e) {
        return switch (e) {
            case NotFoundException n -> "NOT_FOUND";
            case BadInputException b -> "BAD_USER_INPUT";
            case UnavailableException u -> "UNAVAILABLE";
            case ConfigurationException c -> "CONFIGURATION";
            case TransientException t -> "TRANSIENT";
            default -> "INTERNAL";
        };
    }
}
