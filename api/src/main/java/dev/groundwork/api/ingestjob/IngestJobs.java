package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.GroundworkException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Background ingestion for the server: jobs that run the ingest module's loaders (as {@code
 * groundwork ingest tickets|sports|commonsense|triples} does) one at a time on a worker thread,
 * never on a request thread, behind a bounded queue. Each job is one ingest run: a job that fails is
 * undone by its run (nothing it created stays) and ends FAILED with the message; a job that succeeds
 * ends SUCCEEDED with the run id ({@code groundwork ingest undo RUN} removes it) and calls the
 * after-success action (the server's refresh). Sources must lie inside {@link Settings#root()}.
 * Metrics: {@code groundwork.ingest.jobs{status}} (counter), {@code groundwork.ingest.jobs.pending{state}}
 * (gauge), {@code groundwork.ingest.records{kind}} and {@code groundwork.ingest.created{kind}} (counters).
 *
 * <p>Thread-safe. Lifetime: from {@link #start} to {@link #close()}, which stops the worker (a
 * running job is interrupted and undone; queued ones end FAILED). The last {@value #KEPT} finished
 * jobs are kept in memory.
 *
 * <pre>{@code
 * try (IngestJobs jobs = IngestJobs.start(store, engines::ticketIndex, new IngestJobs.Settings(Path.of("/data"), 8),
 *         registry, () -> {})) {
 *     IngestJobs.Job job = jobs.submit(new IngestJobs.Source("commonsense", "cn100k", "cn100k/train.txt", null, null));
 *     Flux.from(jobs.updates(job.id())).blockLast();
 * }
 * }</pre>
 */
public final class IngestJobs implements AutoCloseable {
    /** Finished jobs kept for {@link #get} and {@link #list}. */
    public static final int KEPT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

    /** Where a job is. */
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /**
     * Background ingestion settings.
     *
     * @param root the directory clients may ingest from ({@code groundwork.api.ingest-root}); null: ingestion is off
     * @param queueSize most jobs waiting behind the running one ({@code groundwork.api.ingest-queue}), at least 1
     */
    public record Settings(Path root, int queueSize) {
        public Settings {
            if (queueSize < 1) {
                throw new ConfigurationException("groundwork.api.ingest-queue must be at least 1, got " + queueSize);
            }
        }
    }

    /**
     * What a client asks to ingest, as it asked; checked by {@link #submit}.
     *
     * @param kind tickets, sports, commonsense or triples
     * @param format the kind's format (tickets: jira, github, csv; sports: worldcup, openfootball, statsbomb;
     *               commonsense: conceptnet, cn100k, rdf; triples: tsv, the default)
     * @param path a file or directory on the server, absolute or relative to the ingest root
     * @param links tickets csv: the links file ({@code --links}), or null
     * @param maxErrors malformed records skipped before the job fails ({@code --max-errors}; not for sports), or null for 0
     */
    public record Source(String kind, String format, String path, String links, Long maxErrors) {}

    /**
     * How far a job is.
     *
     * @param processed what the loader has read so far, in {@code unit}s
     * @param total the source's size in {@code unit}s where it is known before the end (commonsense: the files' bytes;
     *              triples: their lines), else null (tickets, sports)
     * @param unit tickets, files (sports), bytes (commonsense) or lines (triples)
     * @param detail the loader's last progress note (file or stage, and for commonsense and triples what it has written), or null
     * @param counts what the run wrote; null until the job has succeeded (loaders report their counts at the end)
     */
    public record Progress(long processed, Long total, String unit, String detail, WriteCounts counts) {
        public Progress {
            Objects.requireNonNull(unit, "unit");
            if (processed < 0 || (total != null && (total < 0 || processed > total))) {
                throw new IllegalArgumentException("progress must be 0 <= processed <= total, got " + processed + " of " + total);
            }
        }
    }

    /**
     * A job's state at one moment.
     *
     * @param kind kind/format, e.g. {@code commonsense/cn100k}
     * @param path the real path read
     * @param errors the failure message first (FAILED), then up to {@value JobState#MAX_ERRORS} messages of skipped records
     *               when the loader reports them (tickets)
     * @param run the ingest run id once the job succeeded, else null
     * @param startedAt null while queued
     * @param finishedAt null until the job ends
     */
    public record Job(String id, String kind, String path, Status status, Progress progress, List<String> errors, String run,
                      Instant startedAt, Instant finishedAt) {
        public Job {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            errors = List.copyOf(errors);
        }
    }

    private final GraphStore store;
    private final Supplier<SearchIndex> ticketIndex;
    private final SourceCheck check;
    private final Runnable afterSuccess;
    private final MeterRegistry registry;
    private final ThreadPoolExecutor worker;
    /**
     * One per job that is queued or running, at most the queue size plus the running one. A job gives its slot back before
     * it publishes its end, so that a client who has seen a job end can queue as many as the settings say; the executor's
     * own bounded queue would still count the finished job's thread as busy for a moment and refuse.
     */
    private final Semaphore slots;
    private final int queueSize;
    private final Map<String, JobState> jobs = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    private IngestJobs(GraphStore store, Supplier<SearchIndex> ticketIndex, Settings settings, MeterRegistry registry,
                       Runnable afterSuccess) {
        this.store = Objects.requireNonNull(store, "store");
        this.ticketIndex = Objects.requireNonNull(ticketIndex, "ticketIndex");
        this.check = new SourceCheck(settings.root());
        this.registry = registry;
        this.afterSuccess = Objects.requireNonNull(afterSuccess, "afterSuccess");
        this.queueSize = settings.queueSize();
        this.slots = new Semaphore(settings.queueSize() + 1);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> Thread.ofPlatform().name("ingest-job").daemon().unstarted(r));
        Gauge.builder("groundwork.ingest.jobs.pending", queued, AtomicInteger::get).description("background ingest jobs waiting")
                .tag("state", "queued").register(registry);
        Gauge.builder("groundwork.ingest.jobs.pending", running, AtomicInteger::get).description("background ingest jobs running")
                .tag("state", "running").register(registry);
    }

    /**
     * Starts the worker.
     *
     * @param ticketIndex the tickets' search index, opened on first use (the server's one holder of it)
     * @param afterSuccess run on the worker after each successful job, e.g. to forget caches
     */
    public static IngestJobs start(GraphStore store, Supplier<SearchIndex> ticketIndex, Settings settings, MeterRegistry registry,
                                   Runnable afterSuccess) {
        return new IngestJobs(store, ticketIndex, settings, registry, afterSuccess);
    }

    /**
     * Checks {@code source} and queues a job for it.
     *
     * @throws BadInputException naming the field ({@code source.kind}, {@code source.path} ...) and value at fault
     * @throws ConfigurationException when no ingest root is configured (ingestion is off)
     * @throws UnavailableException when the queue is full
     */
    public Job submit(Source source) {
        SourceCheck.Checked checked = check.check(source);
        if (!slots.tryAcquire()) {
            count("rejected");
            throw new UnavailableException("the ingest queue is full (" + queueSize + " jobs waiting behind the"
                    + " running one; groundwork.api.ingest-queue); try again when one has finished");
        }
        var job = new JobState("job-" + ids.incrementAndGet(), checked);
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        queued.incrementAndGet();
        try {
            worker.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet();
            slots.release();
            synchronized (jobs) {
                jobs.remove(job.id());
            }
            count("rejected");
            throw new UnavailableException("the server is stopping and takes no more ingest jobs", e);
        }
        forgetOldJobs();
        return job.snapshot();
    }

    /** The job with this id. @throws NotFoundException naming the id */
    public Job get(String id) {
        return find(id).snapshot();
    }

    /** All jobs kept, oldest first. */
    public List<Job> list() {
        synchronized (jobs) {
            return jobs.values().stream().map(JobState::snapshot).toList();
        }
    }

    /**
     * The job's states: the current one, then one per progress update (at most four a second) and
     * status change, completing when the job has ended.
     *
     * @throws NotFoundException naming the id
     */
    public Publisher<Job> updates(String id) {
        return find(id).states();
    }

    private JobState find(String id) {
        synchronized (jobs) {
            var job = jobs.get(id);
            if (job == null) {
                throw new NotFoundException("id '" + id + "' names no ingest job; ingestJobs lists the last " + KEPT + " jobs");
            }
            return job;
        }
    }

    private void run(JobState job) {
        queued.decrementAndGet();
        running.incrementAndGet();
        job.started();
        SourceCheck.Checked s = job.source();
        Runnable freeSlot = new Runnable() {
            private boolean freed;

            @Override
            public void run() {
                if (!freed) {
                    freed = true;
                    slots.release();
                }
            }
        };
        try {
            Loader.Outcome outcome = s.loader().load(new Loader.Task(store, ticketIndex, s.format(), s.path(), s.files(), s.links(),
                    s.maxErrors(), job::progress));
            WriteCounts c = outcome.run().counts();
            Counter.builder("groundwork.ingest.records").description("records written by background ingest jobs")
                    .tag("kind", s.kind()).register(registry).increment(c.records());
            Counter.builder("groundwork.ingest.created").description("nodes and relationships created by background ingest jobs")
                    .tag("kind", s.kind()).register(registry).increment(c.nodesCreated() + c.relationshipsCreated());
            refresh();
            freeSlot.run();
            job.succeeded(outcome);
            count("succeeded");
        } catch (RuntimeException e) {
            if (!(e instanceof GroundworkException)) {
                LOG.warn("ingest job {} ({} {}) failed", job.id(), s.kind(), s.path(), e);
            }
            freeSlot.run();
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            count("failed");
        } finally {
            freeSlot.run();
            running.decrementAndGet();
        }
    }

    private void refresh() {
        try {
            afterSuccess.run();
        } catch (RuntimeException e) {
            LOG.warn("refresh after an ingest job failed: {}", e.getMessage());
        }
    }

    private void count(String status) {
        Counter.builder("groundwork.ingest.jobs").description("background ingest jobs by how they ended")
                .tag("status", status).register(registry).increment();
    }

    private void forgetOldJobs() {
        synchronized (jobs) {
            List<String> finished = new ArrayList<>();
            jobs.values().stream().filter(JobState::finished).forEach(j -> finished.add(j.id()));
            for (int i = 0; i < finished.size() - KEPT; i++) {
                jobs.remove(finished.get(i));
            }
        }
    }

    /** Stops the worker: the running job is interrupted (its run undoes itself), queued jobs end FAILED. */
    @Override
    public void close() {
        List<Runnable> dropped = worker.shutdownNow();
        synchronized (jobs) {
            jobs.values().stream().filter(j -> !j.finished() && j.snapshot().status() == Status.QUEUED)
                    .forEach(j -> j.failed("the server stopped before the job started"));
        }
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("an ingest job was still running 30 s after the server began to stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.debug("ingest worker stopped, {} queued jobs dropped", dropped.size());
    }
}
