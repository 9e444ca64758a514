package dev.groundwork.graph;

import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * The deadline of the work the current thread does for one request, so that the work stops when the
 * request is given up: {@link dev.groundwork.graph.store.GraphStore} gives every transaction the time that is
 * left as its Neo4j transaction timeout, and long loops (beam search, path finding, sub-graph expansion) call
 * {@link #check} between steps, which also notices an interrupted thread. Work run without a deadline
 * (the command line, training, ingest) is never stopped by it.
 *
 * <p>Thread-safe: the deadline belongs to the calling thread only; work handed to other threads does not
 * carry it.
 *
 * <pre>{@code
 * List<Answer> answers = Deadline.within(System.nanoTime() + timeout.toNanos(), () -> answerer.answer(query, options, k));
 * }</pre>
 */
public final class Deadline {
    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private Deadline() {}

    /**
     * Runs {@code work} with a deadline of {@code deadlineNanos} ({@link System#nanoTime} time) on this thread;
     * the previous deadline, if any, is restored afterwards.
     */
    public static <T> T within(long deadlineNanos, Callable<T> work) throws Exception {
        long[] previous = CURRENT.get();
        CURRENT.set(new long[] {deadlineNanos});
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Nanoseconds left before this thread's deadline (zero or negative once passed); empty without a deadline. */
    public static OptionalLong remainingNanos() {
        long[] d = CURRENT.get();
        return d == null ? OptionalLong.empty() : OptionalLong.of(d[0] - System.nanoTime());
    }

    /**
     * Stops the work when this thread was interrupted or its deadline has passed.
     *
     * @param what the work, for the message (e.g. "complexQuery's beam search")
     * @throws DeadlineExceededException naming {@code what}
     */
    public static void check(String what) {
        if (Thread.currentThread().isInterrupted()) {
            throw new DeadlineExceededException(what + " was cancelled (the request was given up)");
        }
        OptionalLong left = remainingNanos();
        if (left.isPresent() && left.getAsLong() <= 0) {
            throw new DeadlineExceededException(what + " ran past the request's deadline and stopped");
        }
    }
}
