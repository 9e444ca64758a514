package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.llm.AnswerWriter;
import dev.groundwork.api.llm.CheckedAnswer;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * {@code Query.ask}, the routed, grounded answer whose text the {@link AnswerWriter} writes
 * (extractive, or a model's checked answer), and {@code Mutation.refresh}. The {@link Asker} bean is
 * built on the first question or by the warm-up after start. Thread-safe.
 */
@Singleton
final class AskWiring implements SchemaWiring, ApplicationEventListener<ServerStartupEvent> {
    private final BeanProvider<Asker> askers;
    private final AnswerWriter writer;
    private final RequestGuard guard;
    private final ApiLimits limits;
    private volatile Asker asker;

    AskWiring(BeanProvider<Asker> askers, AnswerWriter writer, RequestGuard guard, ApiLimits limits) {
        this.askers = askers;
        this.writer = writer;
        this.guard = guard;
        this.limits = limits;
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
        // Answers of other fields are records without these fields: they are extractive and unchecked.
        wiring.type("Answer", t -> t.dataFetcher("composer", field("composer", CheckedAnswer.EXTRACTIVE))
                .dataFetcher("removedCitations", field("removedCitations", List.of()))
                .dataFetcher("warnings", field("warnings", List.of())));
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

    private static DataFetcher<Object> field(String name, Object otherwise) {
        return env -> env.getSource() instanceof Map<?, ?> m && m.containsKey(name) ? m.get(name) : otherwise;
    }

    private Map<String, Object> ask(DataFetchingEnvironment env) {
        String question = Arguments.text(env, "question");
        return writer.write(asker().ask(question, env.getArgument("domain"), Arguments.between(env, "k", 1, Asker.MAX_K),
                paths(env.getArgument("paths")))).fields();
    }

    /** The {@code paths} argument: null when absent; hops and limit within {@code groundwork.api.limits.*}. */
    private Asker.Paths paths(Map<String, Object> input) {
        return input == null ? null
                : limits.paths("paths.", (String) input.get("answer"), (Integer) input.get("hops"), (Integer) input.get("limit"));
    }

    /** The asker, looked up once. */
    private Asker asker() {
        Asker a = asker;
        if (a == null) {
            a = askers.get();
            asker = a;
        }
        return a;
    }
}
