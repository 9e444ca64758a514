package dev.groundwork.api.server;

import dev.groundwork.api.graphql.ApiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.graphql.ApiSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.InetAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may reach what over HTTP (docs/security.md). Anonymous clients reach only the paths of
 * {@link #ANONYMOUS} and those below {@link #ANONYMOUS_PREFIXES}; every other path needs the API key
 * ({@code X-API-Key} or {@code Authorization: Bearer KEY}) and answers 401 without it. The streaming
 * endpoints {@code /ask/stream} and {@code /graphql-ws} also check the {@code Origin} header (a browser
 * page of another site cannot use a visitor's access; a request without Origin is not from a page and
 * passes) and a per-remote-address rate limit. Runs before routing, so it also covers routes added
 * later (a new management endpoint stays closed until it is listed here). Thread-safe.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AccessFilter implements Ordered {
    /** Paths open to anyone: health, metrics, GraphQL (its mutations check the key themselves), the pages and the streams. */
    static final Set<String> ANONYMOUS = Set.of("/", "/health", "/metrics", "/graphql", "/graphiql", "/ask/stream", "/graphql-ws",
            "/model/history");
    /** Folders open to anyone: health's sub-checks and the pages' static assets. */
    static final List<String> ANONYMOUS_PREFIXES = List.of("/health/", "/graphiql/", "/static/", "/assets/");
    /** Paths that are served as a stream and so get the Origin check and the rate limit. */
    static final Set<String> STREAMS = Set.of("/ask/stream", "/graphql-ws");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final ApiSettings settings;
    private final List<String> allowedOrigins;
    private final RateLimit rateLimit;
    private final ObjectMapper json;

    AccessFilter(ApiSettings settings, @Value("${groundwork.api.allowed-origins:}") List<String> allowedOrigins,
                 @Value("${groundwork.api.rate-limit:120}") int rateLimit, @ApiJson ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> o.toLowerCase(Locale.ROOT)).toList();
        this.rateLimit = new RateLimit(rateLimit);
    }

    @Override
    public int getOrder() {
        // First of all filters: before Micronaut's CORS filter, which on a loopback server refuses foreign origins
        // itself (with an empty 403), so that every refusal here is Groundwork's, named, on any address.
        return ServerFilterPhase.FIRST.before();
    }

    /** Whether anyone may request {@code path} without the key. */
    static boolean anonymous(String path) {
        return ANONYMOUS.contains(path) || ANONYMOUS_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (!anonymous(path) && !settings.acceptsKey(ApiSettings.presentedKey(request.getHeaders()))) {
            return refuse(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", path + " is not open to anonymous clients; "
                    + (settings.apiKey() == null ? "it is disabled on this server (no groundwork.api.key is set)"
                    : "send the API key in the X-API-Key header (or Authorization: Bearer KEY)"));
        }
        if (STREAMS.contains(path)) {
            String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
            if (origin != null && !originAllowed(origin, request.getHeaders().get(HttpHeaders.HOST))) {
                return refuse(HttpStatus.FORBIDDEN, "FORBIDDEN", "Origin " + origin + " is not allowed on " + path
                        + "; expected this server's own origin, a loopback one, or one of groundwork.api.allowed-origins");
            }
            InetAddress remote = request.getRemoteAddress().getAddress();
            if (!rateLimit.admit(remote)) {
                return refuse(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", path + " allows " + rateLimit.perMinute
                        + " requests a minute from one address (groundwork.api.rate-limit); try again in a minute")
                        .header(HttpHeaders.RETRY_AFTER, "60");
            }
        }
        return null;
    }

    private boolean originAllowed(String origin, @Nullable String host) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (allowedOrigins.contains(o)) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(o);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || !(("http".equals(uri.getScheme())) || "https".equals(uri.getScheme()))) {
            return false;
        }
        if (LOOPBACK.contains(uri.getHost())) {
            return true;
        }
        // Same origin: the page was served by this server under the name the client used to reach it.
        String authority = uri.getRawAuthority();
        return host != null && (authority.equals(host.toLowerCase(Locale.ROOT))
                || uri.getPort() == -1 && uri.getHost().equals(host.toLowerCase(Locale.ROOT)));
    }

    private MutableHttpResponse<?> refuse(HttpStatus status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        // Written here as JSON text, whatever the route produces: /ask/stream's event-stream codec would drop a map.
        try {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fixed one-minute windows per remote address; {@code perMinute} 0 = no limit. */
    static final class RateLimit {
        private static final long MINUTE = 60_000_000_000L;
        private static final int MAX_ADDRESSES = 100_000;
        private final int perMinute;
        private final Map<InetAddress, long[]> windows = new ConcurrentHashMap<>();

        RateLimit(int perMinute) {
            if (perMinute < 0) {
                throw new dev.groundwork.graph.ConfigurationException(
                        "groundwork.api.rate-limit must be 0 (off) or a number of requests a minute, got " + perMinute);
            }
            this.perMinute = perMinute;
        }

        boolean admit(InetAddress address) {
            if (perMinute == 0) {
                return true;
            }
            long now = System.nanoTime();
            if (windows.size() > MAX_ADDRESSES) {
                windows.values().removeIf(w -> now - w[0] > MINUTE);
            }
            long[] w = windows.compute(address, (a, old) -> {
                long[] cur = old == null || now - old[0] > MINUTE ? new long[] {now, 0} : old;
                cur[1]++;
                return cur;
            });
            return w[1] <= perMinute;
        }
    }
}
