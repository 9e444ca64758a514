package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ask.LinkScores;
import dev.groundwork.graph.model.Answer;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Query.ask}, the routed, grounded answer, and {@code Mutation.refresh}. The {@link Asker} is built on the first question
 * (loading the embedding model is timed as {@code groundwork.model.load{model=router}}); a
 * {@link LinkScores} bean, when some module provides one, adds predicted edges. Thread-safe.
 */
@Singleton
final class AskWiring implements SchemaWiring, ApplicationEventListener<ServerStartupEvent> {
    private final DomainEngines engines;
    private final LinkScores links;
    private final MeterRegistry registry;
    private final RequestGuard guard;
    private volatile Asker asker;

    AskWiring(DomainEngines engines, Optional<LinkScores> links, MeterRegistry registry, RequestGuard guard) {
        this.guard = guard;
        this.engines = engines;
        this.links = links.orElse(LinkScores.NONE);
        this.registry = registry;
    }

    /** Builds the asker and the engines of the loaded domains in the background, so the first questions need not wait. */
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        Thread.ofVirtual().name("ask-warm-up").start(() -> {
            try {
                asker().warmUp();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(AskWiring.class).warn("ask warm-up failed: {}", e.getMessage());
            }
        });
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("ask", this::ask));
        wiring.type("Mutation", t -> t.dataFetcher("refresh", env -> refresh()));
    }

    /** What {@code Mutation.refresh} does: forgets the result cache and what the router read from the graph. */
    boolean refresh() {
        guard.clearCache();
        Asker a = asker;
        if (a != null) {
            a.refresh();
        }
        return true;
    }

    private Map<String, Object> ask(DataFetchingEnvironment env) {
        String question = Arguments.text(env, "question");
        AskResult r = asker().ask(question, env.getArgument("domain"), Arguments.between(env, "k", 1, Asker.MAX_K));
        Answer a = r.answer();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", a.text());
        out.put("citations", a.citations());
        out.put("evidence", a.evidence());
        out.put("cypher", a.cypher());
        out.put("confidence", a.confidence());
        out.put("timings", a.timings());
        out.put("routing", Map.of("domains", r.domains(), "routes", r.routes(), "answered", r.answered()));
        return out;
    }

    /** The asker, built once (it embeds the router's example questions). */
    Asker asker() {
        Asker a = asker;
        if (a == null) {
            synchronized (this) {
                a = asker;
                if (a == null) {
                    long t0 = System.nanoTime();
                    a = Asker.open(engines, links);
                    Timer.builder("groundwork.model.load").description("time to load a model").tag("model", "router")
                            .register(registry).record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
                    asker = a;
                }
            }
        }
        return a;
    }
}
