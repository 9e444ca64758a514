package dev.groundwork.ingest.commonsense;

import dev.groundwork.ingest.IngestProgress;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.GroundworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the readers write into: buffers chunks of records and hands each full chunk to a writer
 * thread ({@link Loader}), so that parsing the next chunk overlaps with writing this one; at
 * most one chunk is in flight. Enforces the error budget on the reading thread, so a malformed line
 * fails the run at that line. Not thread-safe: one reading thread; close it before the batch writer.
 */
final class ConceptGraphWriter implements CommonsenseReader.Sink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConceptGraphWriter.class);

    /** Writes one chunk: through transactions ({@link ChunkLoader}) or into import files ({@link ImportFileLoader}). */
    @FunctionalInterface
    interface Loader {
        void load(ChunkLoader.Chunk chunk);
    }

    private final Loader loader;
    private final int chunkSize;
    private final long maxErrors;
    private final IngestProgress progress;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "commonsense-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight = CompletableFuture.completedFuture(null);
    private List<Assertion> assertions = new ArrayList<>();
    private List<ChunkLoader.Literal> literals = new ArrayList<>();
    private String file = "";
    private long skipped;
    private long errors;
    private long totalErrors;
    private long edges;
    private long bytesDone;
    private long bytesTotal;

    ConceptGraphWriter(Loader loader, int chunkSize, long maxErrors, IngestProgress progress) {
        this.loader = loader;
        this.chunkSize = chunkSize;
        this.maxErrors = maxErrors;
        this.progress = progress;
    }

    /** The file the following records come from, for provenance and messages. */
    void file(String name) {
        handOff();
        file = name;
    }

    @Override
    public void assertion(Assertion a) {
        assertions.add(a);
        if (assertions.size() + literals.size() >= chunkSize) {
            handOff();
        }
    }

    @Override
    public void literal(ConceptRef subject, String key, Object value, long line) {
        literals.add(new ChunkLoader.Literal(subject, key, value, line));
        if (assertions.size() + literals.size() >= chunkSize) {
            handOff();
        }
    }

    @Override
    public void skip() {
        skipped++;
    }

    @Override
    public void badRecord(long line, String message) {
        String where = file + ":" + line + ": " + message;
        if (totalErrors >= maxErrors) {
            throw new BadInputException(where + (maxErrors == 0 ? "" : " (more than --max-errors " + maxErrors + " errors)"));
        }
        LOG.warn("skipped {}", where);
        totalErrors++;
        errors++;
    }

    @Override
    public void position(long done, long total) {
        bytesDone = done;
        bytesTotal = total;
        progress.update(new IngestProgress.Update("", file, done, total, 0, edges, null));
    }

    /** Writes what is buffered and waits until everything handed off is written. */
    void finish() {
        handOff();
        awaitInFlight();
    }

    /** Hands the buffered chunk to the writer thread, after the previous one is written. */
    private void handOff() {
        if (assertions.isEmpty() && literals.isEmpty() && skipped == 0 && errors == 0) {
            return;
        }
        ChunkLoader.Chunk chunk = new ChunkLoader.Chunk(file, assertions, literals, skipped, errors);
        assertions = new ArrayList<>(chunkSize);
        literals = new ArrayList<>();
        skipped = 0;
        errors = 0;
        awaitInFlight();
        inFlight = writerThread.submit(() -> loader.load(chunk));
        edges += chunk.assertions().size();
        progress.update(new IngestProgress.Update("", file, bytesDone, bytesTotal, 0, edges, null));
    }

    private void awaitInFlight() {
        await(inFlight, "writing the commonsense graph");
    }

    /** The future's value, its failure rethrown as it was (a checked one wrapped), on the caller's thread. */
    static <T> T await(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new GroundworkException(doing + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GroundworkException("interrupted while " + doing, e);
        }
    }

    /** Waits for the chunk in flight (its failure is already reported or superseded) and stops the writer thread. */
    @Override
    public void close() {
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            LOG.debug("The last chunk failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writerThread.shutdownNow();
        }
    }
}
