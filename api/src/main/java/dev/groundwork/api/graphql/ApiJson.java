package dev.groundwork.api.graphql;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks the API's one Jackson {@code ObjectMapper}, the one every class of the server injects to write or read JSON
 * itself (event streams, websocket messages, error bodies, GraphiQL's examples, complex-query arguments): the
 * {@link ApiObjectMapper#SHARED} instance the command line prints with too. It keeps Jackson's defaults, nulls and
 * empty lists included, whatever {@code jackson.*} sets for Micronaut's own mapper, which writes the HTTP bodies of
 * controllers. Thread-safe, as Jackson's mapper is once configured.
 *
 * <pre>{@code
 * AskStreamController(@ApiJson ObjectMapper json, ...)
 * }</pre>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiJson {
}
