package dev.groundwork.api.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.ask.AskResult;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.llm.AnswerWriter;
import dev.groundwork.api.llm.CheckedAnswer;
import dev.groundwork.api.graphql.ApiJson;
import dev.groundwork.api.graphql.ApiLimits;
import dev.groundwork.api.graphql.ApiSettings;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.DeadlineExceededException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.NotFoundException;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /ask/stream?question=...&domain=...&k=3[&paths=true&answer=...&hops=2&limit=50]}: {@code ask} as server-sent
 * events; {@code paths} (or an {@code answer}) adds the grounding paths, as GraphQL's {@code ask(paths:)} and
 * {@code groundwork ask --paths} do, within the same {@code groundwork.api.limits}. Each chunk
 * of the text arrives as a {@code token} event as the model writes it (without a model: the
 * extractive text as one token), then one {@code answer} event with the checked answer (the fields of
 * the GraphQL {@code Answer}); a failure is one {@code error} event with {@code code} and
 * {@code message}. Every event's data is JSON: a token is a JSON string. Each request answers on its
 * own virtual thread under the same deadline as /graphql ({@code groundwork.api.timeout}: past it the thread is
 * interrupted, its Neo4j transactions time out and a {@code TIMEOUT} error event ends the stream); a client that
 * disconnects stops the model's stream. The {@code AccessFilter} checks Origin and the rate limit first. Thread-safe.
 */
@Controller("/ask")
final class AskStreamController {
    private static final Logger LOG = LoggerFactory.getLogger(AskStreamController.class);
    private final BeanProvider<Asker> askers;
    private final AnswerWriter writer;
    private final ApiSettings settings;
    private final ApiLimits limits;
    private final ObjectMapper json;

    AskStreamController(BeanProvider<Asker> askers, AnswerWriter writer, ApiSettings settings, ApiLimits limits,
                        @ApiJson ObjectMapper json) {
        this.json = json;
        this.askers = askers;
        this.writer = writer;
        this.settings = settings;
        this.limits = limits;
    }

    /** What one request asks; {@code paths} as the query parameters gave them, checked on the worker so a bad one is an error event. */
    private record Question(String text, String domain, int k, boolean paths, String answer, int hops, int limit) {
        Asker.Paths grounding(ApiLimits limits) {
            return paths || answer != null ? limits.paths("", answer, hops, limit) : null;
        }
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream(@QueryValue String question, @Nullable @QueryValue String domain,
                                    @QueryValue(defaultValue = "3") int k, @QueryValue(defaultValue = "false") boolean paths,
                                    @Nullable @QueryValue String answer, @QueryValue(defaultValue = "2") int hops,
                                    @QueryValue(defaultValue = "50") int limit) {
        Question q = new Question(question, domain, k, paths, answer, hops, limit);
        return Flux.create(sink -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            sink.onCancel(() -> cancelled.set(true));
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            Thread worker = Thread.ofVirtual().name("ask-stream").start(() -> answer(sink, cancelled, deadline, q));
            // As over /graphql: past groundwork.api.timeout the work is interrupted, its transactions time out.
            CompletableFuture.delayedExecutor(settings.timeout().toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
                if (worker.isAlive()) {
                    cancelled.set(true);
                    worker.interrupt();
                }
            });
        }, FluxSink.OverflowStrategy.BUFFER);
    }

    private void answer(FluxSink<Event<String>> sink, AtomicBoolean cancelled, long deadline, Question q) {
        try {
            CheckedAnswer a = Deadline.within(deadline, () -> {
                AskResult result = askers.get().ask(q.text(), q.domain(), q.k(), q.grounding(limits));
                return writer.stream(result, token -> sink.next(event("token", token)), cancelled::get);
            });
            if (System.nanoTime() - deadline >= 0) {
                throw new DeadlineExceededException("ask ran past the request's deadline");
            }
            sink.next(event("answer", a.fields()));
        } catch (Exception e) {
            if (e instanceof DeadlineExceededException || System.nanoTime() - deadline >= 0) {
                sink.next(error("TIMEOUT", "ask took longer than the request timeout (groundwork.api.timeout)"));
            } else if (e instanceof GroundworkException g) {
                sink.next(error(code(g), g.getMessage()));
            } else {
                LOG.warn("/ask/stream failed", e);
                sink.next(error("INTERNAL", "ask failed unexpectedly; the server log has the details"));
            }
        }
        sink.complete();
    }

    private static String code(GroundworkException e) {
        return switch (e) {
            case NotFoundException n -> "NOT_FOUND";
            case BadInputException b -> "BAD_USER_INPUT";
            default -> "UNAVAILABLE";
        };
    }

    private Event<String> error(String code, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("message", message);
        return event("error", data);
    }

    private Event<String> event(String name, Object data) {
        try {
            return Event.of(json.writeValueAsString(data)).name(name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + name + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
