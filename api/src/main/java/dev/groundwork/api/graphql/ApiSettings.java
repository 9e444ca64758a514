package dev.groundwork.api.graphql;

import dev.groundwork.graph.ConfigurationException;

import java.time.Duration;

/**
 * The GraphQL endpoint's protection and caching settings, from {@code groundwork.api.*}
 * (application.yml, {@code GROUNDWORK_API_*} environment variables or command-line options).
 * Immutable.
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxComplexity most fields a query may select (each field counts 1)
 * @param timeout longest a request's fields may take, all together
 * @param apiKey the key mutations need (header {@code X-API-Key} or {@code Authorization: Bearer KEY}); null or
 *               empty: mutations are refused
 * @param cacheSize most results of read fields kept for repeated requests; 0 = no cache
 * @param cacheTtl how long a cached result is served
 */
public record ApiSettings(int maxDepth, int maxComplexity, Duration timeout, String apiKey, int cacheSize, Duration cacheTtl) {
    public ApiSettings {
        if (maxDepth < 2) {
            throw new ConfigurationException("groundwork.api.max-depth must be at least 2, got " + maxDepth);
        }
        if (maxComplexity < 1) {
            throw new ConfigurationException("groundwork.api.max-complexity must be positive, got " + maxComplexity);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException("groundwork.api.timeout must be positive, got " + timeout);
        }
        if (cacheSize < 0) {
            throw new ConfigurationException("groundwork.api.cache-size must be 0 (off) or positive, got " + cacheSize);
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    }
}
