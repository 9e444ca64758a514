package dev.groundwork.api.graphql;

import io.micronaut.configuration.graphql.DefaultGraphQLExecutionInputCustomizer;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import graphql.ExecutionInput;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Locale;

/**
 * Carries what the HTTP request says into the GraphQL context: the API key ({@code X-API-Key} or
 * {@code Authorization: Bearer KEY}), whether the result cache may answer ({@code Cache-Control:
 * no-cache} says no) and the request's deadline. Stateless.
 */
@Singleton
@Replaces(DefaultGraphQLExecutionInputCustomizer.class)
final class RequestContext implements GraphQLExecutionInputCustomizer {
    private final ApiSettings settings;

    RequestContext(ApiSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<ExecutionInput> customize(ExecutionInput input, HttpRequest request, MutableHttpResponse<String> response) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        String key = ApiSettings.presentedKey(request.getHeaders());
        String cacheControl = request.getHeaders().get("Cache-Control");
        boolean noCache = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        String apiKey = key;
        input.getGraphQLContext().put(RequestGuard.DEADLINE, deadline);
        input.getGraphQLContext().put(RequestGuard.NO_CACHE, noCache);
        if (apiKey != null) {
            input.getGraphQLContext().put(RequestGuard.API_KEY, apiKey);
        }
        return Publishers.just(input);
    }
}
