package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ingestjob.IngestJobs;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Mutation.ingest}, {@code Mutation.undoIngestRun}, {@code Query.ingestRuns}, {@code Query.ingestJob}, {@code
 * Query.ingestJobs} and {@code Subscription.ingestProgress} over the server's {@link IngestJobs} (settings {@code
 * groundwork.api.ingest-root} and {@code groundwork.api.ingest-queue}); a successful job refreshes
 * like {@code Mutation.refresh}. Thread-safe; closes the jobs' worker when the server stops.
 */
@Singleton
final class IngestWiring implements SchemaWiring {
    private final IngestJobs jobs;
    private final GraphStore store;
    private final AskWiring ask;
    private final DomainEngines engines;

    IngestWiring(DomainEngines engines, MeterRegistry registry, AskWiring ask,
                 @Value("${groundwork.api.ingest-root:}") String root, @Value("${groundwork.api.ingest-queue:8}") int queue) {
        this.store = engines.store();
        this.engines = engines;
        this.ask = ask;
        this.jobs = IngestJobs.start(engines.store(), engines::ticketIndex,
                new IngestJobs.Settings(root.isBlank() ? null : Path.of(root), queue), registry, ask::refresh);
    }

    @PreDestroy
    void close() {
        jobs.close();
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", t -> t.dataFetcher("ingest", this::ingest).dataFetcher("undoIngestRun", this::undo));
        wiring.type("Query", t -> t.dataFetcher("ingestRuns", env -> IngestRuns.list(store).stream().map(IngestWiring::toMap).toList())
                .dataFetcher("ingestJob", env -> toMap(jobs.get(env.getArgument("id"))))
                .dataFetcher("ingestJobs", env -> jobs.list().stream().map(IngestWiring::toMap).toList()));
        wiring.type("Subscription", t -> t.dataFetcher("ingestProgress", this::progress));
    }

    private Map<String, Object> ingest(DataFetchingEnvironment env) {
        Map<String, Object> s = env.getArgument("source");
        Integer maxErrors = (Integer) s.get("maxErrors");
        return toMap(jobs.submit(new IngestJobs.Source((String) s.get("kind"), (String) s.get("format"), (String) s.get("path"),
                (String) s.get("links"), maxErrors == null ? null : maxErrors.longValue())));
    }

    private Map<String, Object> undo(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        IngestRun run = IngestRuns.get(store, id);
        if (run.status().equals("RUNNING")) {
            throw new BadInputException("id: ingest run '" + id + "' is still RUNNING; undo it once it has finished");
        }
        IngestRuns.Undo undo = Ingestors.undo(store, id, IngestOptions.DEFAULTS.withSearchIndex(engines.ticketIndex()));
        ask.refresh();
        return Map.of("runId", undo.runId(), "nodesDeleted", undo.nodesDeleted(), "relationshipsDeleted", undo.relationshipsDeleted());
    }

    private static Map<String, Object> toMap(IngestRun run) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", run.id());
        out.put("kind", run.kind());
        out.put("status", run.status());
        out.put("startedAt", run.startedAt().toString());
        out.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        out.put("sources", run.sources());
        out.put("records", run.counts().records());
        out.put("created", run.counts().nodesCreated() + run.counts().relationshipsCreated());
        out.put("message", run.message());
        return out;
    }

    private Publisher<Map<String, Object>> progress(DataFetchingEnvironment env) {
        return Flux.from(jobs.updates(env.getArgument("id"))).map(IngestWiring::toMap);
    }

    private static Map<String, Object> toMap(IngestJobs.Job job) {
        Map<String, Object> progress = new HashMap<>();
        // Floats: a commonsense dump's bytes pass GraphQL's 32-bit Int.
        progress.put("processed", (double) job.progress().processed());
        progress.put("total", job.progress().total() == null ? null : (double) job.progress().total());
        progress.put("unit", job.progress().unit());
        progress.put("detail", job.progress().detail());
        WriteCounts c = job.progress().counts();
        if (c != null) {
            progress.putAll(Map.of("records", c.records(), "created", c.nodesCreated() + c.relationshipsCreated(),
                    "updated", c.updated(), "skipped", c.skipped(), "errors", c.errors()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("kind", job.kind());
        out.put("path", job.path());
        out.put("status", job.status().name());
        out.put("progress", progress);
        out.put("errors", List.copyOf(job.errors()));
        out.put("run", job.run());
        out.put("startedAt", job.startedAt() == null ? null : job.startedAt().toString());
        out.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        return out;
    }
}
