package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** Reports the graph database healthy when the driver reaches it over Bolt (connectivity verified on each check). */
@Singleton
@Requires(beans = GraphStore.class)
final class StoreHealthIndicator implements HealthIndicator {
    private final GraphStore store;

    StoreHealthIndicator(GraphStore store) {
        this.store = store;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(check());
    }

    private HealthResult check() {
        try {
            store.driver().verifyConnectivity();
            return HealthResult.builder("neo4j", HealthStatus.UP)
                    .details(Map.of("bolt", store.boltUri().toString(), "mode", store.mode().name())).build();
        } catch (RuntimeException e) {
            return HealthResult.builder("neo4j", HealthStatus.DOWN).details(Map.of("error", String.valueOf(e.getMessage())))
                    .build();
        }
    }
}
