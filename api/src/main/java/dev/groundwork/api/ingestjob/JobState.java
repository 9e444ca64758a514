package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.batch.IngestRun;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One background ingest as it goes: its status, progress and outcome, and the stream of its states
 * for subscribers (the latest state replayed to each new one, completed when the job ends).
 * Thread-safe: the worker updates it, request threads read {@link #snapshot()}.
 */
final class JobState {
    /** Progress-only states are published at most this often; status changes always are. */
    private static final long PUBLISH_EVERY_NANOS = 250_000_000L;
    /** The most error messages a job keeps. */
    static final int MAX_ERRORS = 20;

    private final String id;
    private final SourceCheck.Checked source;
    private final Sinks.Many<IngestJobs.Job> states = Sinks.many().replay().latest();
    private IngestJobs.Status status = IngestJobs.Status.QUEUED;
    private long processed;
    private long total = Loader.UNKNOWN;
    private String detail;
    private IngestRun run;
    private final List<String> errors = new ArrayList<>();
    private Instant startedAt;
    private Instant finishedAt;
    private long lastPublished;

    JobState(String id, SourceCheck.Checked source) {
        this.id = id;
        this.source = source;
        publish();
    }

    String id() {
        return id;
    }

    SourceCheck.Checked source() {
        return source;
    }

    synchronized IngestJobs.Job snapshot() {
        IngestJobs.Progress progress = run == null
                ? new IngestJobs.Progress(processed, total(), source.loader().unit(), detail, null)
                : new IngestJobs.Progress(processed, total(), source.loader().unit(), detail, run.counts());
        return new IngestJobs.Job(id, source.kind(), source.path().toString(), status, progress, errors,
                run == null ? null : run.id(), startedAt, finishedAt);
    }

    /** The states from the latest on, completing when the job has ended. */
    Flux<IngestJobs.Job> states() {
        return states.asFlux();
    }

    synchronized boolean finished() {
        return status == IngestJobs.Status.SUCCEEDED || status == IngestJobs.Status.FAILED;
    }

    void started() {
        synchronized (this) {
            status = IngestJobs.Status.RUNNING;
            startedAt = Instant.now();
        }
        publish();
    }

    private Long total() {
        return total == Loader.UNKNOWN ? null : total;
    }

    void progress(long processed, long total, String detail) {
        long now = System.nanoTime();
        synchronized (this) {
            this.processed = processed;
            this.total = total;
            this.detail = detail;
            if (now - lastPublished < PUBLISH_EVERY_NANOS) {
                return;
            }
            lastPublished = now;
        }
        publish();
    }

    void succeeded(Loader.Outcome outcome) {
        synchronized (this) {
            run = outcome.run();
            outcome.skipped().stream().limit(MAX_ERRORS).forEach(errors::add);
            end(IngestJobs.Status.SUCCEEDED);
        }
        publishFinal();
    }

    void failed(String message) {
        synchronized (this) {
            errors.addFirst(message);
            end(IngestJobs.Status.FAILED);
        }
        publishFinal();
    }

    private void end(IngestJobs.Status end) {
        status = end;
        finishedAt = Instant.now();
        if (startedAt == null) {
            startedAt = finishedAt;
        }
    }

    private void publish() {
        states.emitNext(snapshot(), Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
    }

    private void publishFinal() {
        publish();
        states.emitComplete(Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
    }
}
