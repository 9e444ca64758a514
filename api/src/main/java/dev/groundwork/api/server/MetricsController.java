package dev.groundwork.api.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

/**
 * Prometheus metrics at {@code /metrics} in the text exposition format: GraphQL latencies by
 * operation and field, ingest counters, model load times, process CPU time, JVM and HTTP metrics.
 * Off with {@code groundwork.api.metrics-enabled: false}. Stateless.
 */
@Requires(property = "groundwork.api.metrics-enabled", notEquals = "false")
@Controller("/metrics")
final class MetricsController {
    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    String scrape() {
        return registry.scrape();
    }
}
