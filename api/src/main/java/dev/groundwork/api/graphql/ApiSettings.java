package dev.groundwork.api.graphql;

import dev.groundwork.graph.ConfigurationException;
import io.micronaut.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * The GraphQL endpoint's protection and caching settings, from {@code groundwork.api.*}
 * (application.yml, {@code GROUNDWORK_API_*} environment variables or command-line options).
 * Immutable; {@link #toString} leaves the key out.
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxComplexity most cost a query may have (docs/security.md: a list field costs its size argument times its children)
 * @param timeout longest a request's fields may take, all together
 * @param apiKey the key mutations and every endpoint outside the anonymous list need (header {@code X-API-Key} or
 *               {@code Authorization: Bearer KEY}); null or empty: mutations are refused
 * @param cacheSize most results of read fields kept for repeated requests; 0 = no cache
 * @param cacheTtl how long a cached result is served
 */
public record ApiSettings(int maxDepth, int maxComplexity, Duration timeout, String apiKey, int cacheSize, Duration cacheTtl) {
    /** The header that carries the API key. */
    public static final String KEY_HEADER = "X-API-Key";

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

    /** The key a request presents: {@code X-API-Key}, else {@code Authorization: Bearer KEY}; null when none. */
    public static String presentedKey(HttpHeaders headers) {
        String key = headers.get(KEY_HEADER);
        String auth = headers.get(HttpHeaders.AUTHORIZATION);
        if (key == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = auth.substring(7).strip();
        }
        return key;
    }

    /** Whether {@code presented} is the configured key (compared in constant time); false when no key is configured. */
    public boolean acceptsKey(String presented) {
        return apiKey != null && presented != null
                && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ApiSettings[maxDepth=" + maxDepth + ", maxComplexity=" + maxComplexity + ", timeout=" + timeout
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", cacheSize=" + cacheSize + ", cacheTtl=" + cacheTtl + "]";
    }
}
