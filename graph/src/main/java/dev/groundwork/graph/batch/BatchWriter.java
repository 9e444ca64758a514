package dev.groundwork.graph.batch;

import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The one way ingestors write to the graph: rows are buffered per {@link WriteStatement} and
 * written in chunks, each chunk one managed transaction (retried by the driver on transient
 * errors), with provenance on every node and relationship (ingest run id, source file, record
 * number) and counts of what was created, updated and skipped. A run that does not reach
 * {@link #commit()} is rolled back on {@link #close()}: what it created alone is removed, what it
 * overwrote is reverted, and the run is recorded as FAILED, so a failure leaves the graph as it was.
 * The run records its process (host, pid, start time) and refreshes a heartbeat every
 * {@code RunOwner.HEARTBEAT}; a run whose process died ({@code kill -9}) is rolled back and marked
 * INTERRUPTED by {@link IngestRuns#recoverInterrupted} when the next command opens the store.
 *
 * <p>Chunking is done here and nowhere else: {@link #write} sends the buffered rows once they are
 * {@link #chunkSize()} or more and the next row belongs to another input record (another source or
 * record number), so that the rows of one record are never split across two transactions. An
 * ingestor ends a chunk early with {@link #flush()} where its input has a natural end (a file, a
 * match); a loader that writes whole chunks itself ({@link #writeNow}, the commonsense pipeline)
 * cuts them at {@link #chunkSize()} records too.
 *
 * <p>Not thread-safe: one writer per ingesting thread. Lifetime: one ingest run.
 *
 * <pre>{@code
 * try (BatchWriter w = BatchWriter.begin(store, "tickets/csv", List.of("bugs.csv"), 5000)) {
 *     w.write(TICKET, "bugs.csv", 1, Map.of("key", "HADOOP-1", "props", Map.of("title", "NPE")));
 *     IngestRun run = w.commit();
 * }
 * }</pre>
 */
public final class BatchWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    static final String BEGIN_RUN = """
            CREATE (r:IngestRun {id: $id, kind: $kind, status: 'RUNNING', startedAt: datetime($startedAt),
                                 sources: $sources, labels: [], types: [], host: $host, pid: $pid,
                                 processStart: $processStart, heartbeatAt: datetime()})
            WITH r
            UNWIND $sources AS uri
            MERGE (s:Source {uri: uri})
            MERGE (r)-[:READ]->(s)
            """;
    /** In each batch's own transaction, so that the run's record of what it committed is exact even after a kill. */
    static final String RECORD_TOUCHED = """
            MATCH (r:IngestRun {id: $id}) SET r.labels = $labels, r.types = $types, r.committedRecords = $committed
            """;
    /** Refreshes the planner's index statistics after a run (the embedded database does not sample in the background). */
    static final String RESAMPLE = "CALL db.resampleOutdatedIndexes()";
    static final String HEARTBEAT = "MATCH (r:IngestRun {id: $id}) WHERE r.status = 'RUNNING' SET r.heartbeatAt = datetime()";
    static final String FINISH_RUN = """
            MATCH (r:IngestRun {id: $id})
            SET r.status = $status, r.finishedAt = datetime(), r.message = $message, r += $counts
            """;

    /** Rows per transaction for an ingestor with no reason to choose another size. */
    public static final int DEFAULT_CHUNK = 5_000;

    private final GraphStore store;
    private final String runId;
    private final String kind;
    private final Instant startedAt;
    private final List<String> sources;
    private final int batchSize;
    private final Map<WriteStatement, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
    private final TreeSet<String> labels = new TreeSet<>();
    private final TreeSet<String> types = new TreeSet<>();
    private int buffered;
    private String lastSource;
    private long lastRecord = Long.MIN_VALUE;
    private WriteCounts counts = WriteCounts.ZERO;
    private long skipped;
    private long errors;
    private boolean finished;
    private final ScheduledExecutorService heartbeat;

    private BatchWriter(GraphStore store, String runId, String kind, Instant startedAt, List<String> sources, int batchSize) {
        this.store = store;
        this.runId = runId;
        this.kind = kind;
        this.startedAt = startedAt;
        this.sources = sources;
        this.batchSize = batchSize;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-heartbeat-" + runId);
            t.setDaemon(true);
            return t;
        });
        long every = RunOwner.HEARTBEAT.toMillis();
        heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            store.write(tx -> tx.run(HEARTBEAT, Map.of("id", runId)).consume());
        } catch (RuntimeException e) {
            // A missed beat only matters after STALE of them in a row; the next one may get through.
            LOG.debug("Heartbeat of ingest run {} failed: {}", runId, e.getMessage());
        }
    }

    /**
     * Starts an ingest run: records an {@code IngestRun} node reading {@code sources}.
     *
     * @param kind what is ingested, e.g. {@code tickets/jira}
     * @param sources the files or URIs read
     * @param batchSize rows per transaction (a record's rows are never split, so a chunk may hold a few more), at least 1
     */
    public static BatchWriter begin(GraphStore store, String kind, List<String> sources, int batchSize) {
        Objects.requireNonNull(store, "store");
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must name what is ingested, got '" + kind + "'");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        Instant now = Instant.now();
        String id = newRunId(now);
        List<String> src = List.copyOf(sources);
        RunOwner owner = RunOwner.current();
        store.write(tx -> tx.run(BEGIN_RUN, Map.of("id", id, "kind", kind, "startedAt", now.toString(), "sources", src,
                "host", owner.host(), "pid", owner.pid(), "processStart", owner.processStart())).consume());
        LOG.info("Ingest run {} ({}) started", id, kind);
        return new BatchWriter(store, id, kind, now, src, batchSize);
    }

    /**
     * A new run id for a run started at {@code startedAt}: {@code run-yyyyMMdd-HHmmss-xxxxxxxx}. Eight random hex digits, not
     * four: runs started in the same second (a test's fuzzed ingests, a script's loop) drew the same four digits often enough
     * to fail the run's unique constraint (TicketFuzzTest in .ci/run, 2026-12-06).
     */
    public static String newRunId(Instant startedAt) {
        return "run-" + ID_TIME.format(startedAt) + "-" + "%08x".formatted(ThreadLocalRandom.current().nextInt());
    }

    /**
     * Records a run whose elements were written by the bulk importer (already carrying {@code gwRun = runId}) as
     * COMPLETED, with the labels and types it created and its counts, so that {@code ingest runs} lists it and
     * {@code ingest undo} removes it like any other run.
     */
    public static IngestRun recordImported(GraphStore store, String runId, String kind, Instant startedAt, List<String> sources,
                                           List<String> labels, List<String> types, WriteCounts counts) {
        List<String> src = List.copyOf(sources);
        RunOwner owner = RunOwner.current();
        Map<String, Object> props = countProperties(counts);
        store.write(tx -> {
            tx.run(BEGIN_RUN, Map.of("id", runId, "kind", kind, "startedAt", startedAt.toString(), "sources", src,
                    "host", owner.host(), "pid", owner.pid(), "processStart", owner.processStart())).consume();
            tx.run(RECORD_TOUCHED, Map.of("id", runId, "labels", List.copyOf(new TreeSet<>(labels)),
                    "types", List.copyOf(new TreeSet<>(types)), "committed", counts.records())).consume();
            return tx.run(FINISH_RUN, Map.of("id", runId, "status", "COMPLETED", "message", "", "counts", props)).consume();
        });
        // No resampling: the indexes were built on the imported graph when the store opened, and sampled then.
        LOG.info("Ingest run {} ({}) imported: {}", runId, kind, counts);
        return new IngestRun(runId, kind, "COMPLETED", startedAt, Instant.now(), src, counts, "");
    }

    /** Rows (for {@link #write}) or records (for a loader's own {@link #writeNow} chunks) per transaction. */
    public int chunkSize() {
        return batchSize;
    }

    /** The run id, the value of {@code gwRun} on everything this run creates. */
    public String runId() {
        return runId;
    }

    /**
     * Buffers one row for {@code statement}. When the buffers already hold {@link #chunkSize()} rows or more and this
     * row starts another record, they are written first, as one transaction: a chunk ends only between records.
     *
     * @param source the file or URI the record came from
     * @param record the record's number in it (1-based)
     * @param row the statement's parameters for this record
     */
    public void write(WriteStatement statement, String source, long record, Map<String, Object> row) {
        requireOpen();
        boolean nextRecord = record != lastRecord || !Objects.equals(source, lastSource);
        if (nextRecord && buffered >= batchSize) {
            flush();
        }
        lastSource = source;
        lastRecord = record;
        Map<String, Object> r = new HashMap<>(row);
        r.put("source", source);
        r.put("record", record);
        buffers.computeIfAbsent(statement, s -> new ArrayList<>()).add(r);
        buffered++;
    }

    /** Counts an input record that was not written. */
    public void skip() {
        skipped++;
    }

    /** Counts a bad-input error (the record is skipped too). */
    public void error() {
        errors++;
        skipped++;
    }

    /** What this run has written so far (flushed batches) plus skips and errors. */
    public WriteCounts counts() {
        return new WriteCounts(counts.records(), counts.nodesCreated(), counts.relationshipsCreated(), counts.updated(),
                skipped, errors);
    }

    /** Writes the buffered rows as one transaction. */
    public void flush() {
        requireOpen();
        if (buffered == 0) {
            return;
        }
        writeNow(new LinkedHashMap<>(buffers));
        buffers.clear();
        buffered = 0;
    }

    /**
     * Writes {@code batch} at once, as one transaction, bypassing the buffers, and returns what each
     * statement returned (for example the ids of the nodes it merged). Rows are passed as given:
     * {@code source} and {@code record} are not added, so a bulk loader can leave per-row provenance
     * off relationships that are numerous and keep it on nodes by putting it in their rows itself.
     * Counts and the run's labels and types are recorded as for {@link #write}.
     *
     * @param batch rows by statement, run in the map's order
     * @return the records of each statement that returned any, by statement
     */
    public Map<WriteStatement, List<Record>> writeNow(Map<WriteStatement, List<Map<String, Object>>> batch) {
        requireOpen();
        batch.keySet().forEach(s -> {
            labels.addAll(s.labels());
            types.addAll(s.types());
        });
        Written written = store.write(tx -> writeBatch(tx, batch));
        counts = counts.plus(written.counts());
        // DEBUG, since one line per batch floods an ingest's log; finish() logs the run's one INFO summary. The crash
        // harness (tools/crash-harness.py) runs at GROUNDWORK_LOG_LEVEL=DEBUG and reads this line to aim its kills.
        LOG.debug("Ingest run {}: {} records committed", runId, counts.records());
        return written.records();
    }

    private record Written(WriteCounts counts, Map<WriteStatement, List<Record>> records) {}

    private Written writeBatch(TransactionContext tx, Map<WriteStatement, List<Map<String, Object>>> batch) {
        WriteCounts total = WriteCounts.ZERO;
        Map<WriteStatement, List<Record>> records = new HashMap<>();
        for (var e : batch.entrySet()) {
            List<Map<String, Object>> rows = e.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            var result = tx.run(e.getKey().cypher(), Map.of("rows", rows, "run", runId));
            List<Record> returned = result.list();
            if (!returned.isEmpty()) {
                records.put(e.getKey(), returned);
            }
            SummaryCounters c = result.consume().counters();
            long created = e.getKey().types().isEmpty() ? c.nodesCreated() : c.relationshipsCreated();
            total = total.plus(new WriteCounts(rows.size(), c.nodesCreated(), c.relationshipsCreated(),
                    Math.max(0, rows.size() - created), 0, 0));
        }
        tx.run(RECORD_TOUCHED, Map.of("id", runId, "labels", List.copyOf(labels), "types", List.copyOf(types),
                "committed", counts.records() + total.records())).consume();
        return new Written(total, records);
    }

    /**
     * Writes what is buffered and records the run as COMPLETED; then removes the nodes it superseded
     * (until here a roll-back brings them back).
     */
    public IngestRun commit() {
        flush();
        finished = true;
        IngestRun run = finish("COMPLETED", "");
        IngestRuns.deleteSuperseded(store, runId);
        return run;
    }

    /**
     * Abandons the run: removes what it created alone, reverts what it overwrote, and records it as
     * FAILED with {@code reason}. Called by {@link #close()} when the run was not committed.
     */
    public IngestRun abort(String reason) {
        requireOpen();
        finished = true;
        buffers.clear();
        buffered = 0;
        try {
            IngestRuns.rollback(store, runId, List.copyOf(labels), List.copyOf(types));
        } catch (RuntimeException e) {
            LOG.error("Undoing failed run {} did not complete; run 'groundwork ingest undo {}' to finish it", runId, runId, e);
        }
        return finish("FAILED", reason);
    }

    private static Map<String, Object> countProperties(WriteCounts c) {
        return Map.of("records", c.records(), "nodesCreated", c.nodesCreated(), "relationshipsCreated", c.relationshipsCreated(),
                "updated", c.updated(), "skipped", c.skipped(), "errors", c.errors());
    }

    private static void resampleIndexes(GraphStore store, String runId) {
        try {
            store.write(tx -> tx.run(RESAMPLE).consume());
        } catch (RuntimeException e) {
            // A server may refuse the procedure to a user without the privilege; its own background sampling then serves.
            LOG.debug("Index resampling after run {} was not possible: {}", runId, e.getMessage());
        }
    }

    private IngestRun finish(String status, String message) {
        heartbeat.shutdownNow();
        WriteCounts c = counts();
        Map<String, Object> props = countProperties(c);
        store.write(tx -> tx.run(FINISH_RUN, Map.of("id", runId, "status", status, "message", message, "counts", props))
                .consume());
        LOG.info("Ingest run {} {}: {}", runId, status.toLowerCase(java.util.Locale.ROOT), c);
        resampleIndexes(store, runId);
        return new IngestRun(runId, kind, status, startedAt, Instant.now(), sources, c, message);
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("ingest run " + runId + " is already finished");
        }
    }

    /** Undoes the run unless it was committed: a failure leaves the graph as it was. */
    @Override
    public void close() {
        if (!finished) {
            abort("the ingest stopped before it completed");
        }
    }
}
