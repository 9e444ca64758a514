package dev.groundwork.query.tickets.eval;

import java.util.List;

/**
 * A retrieval system indexed over every benchmark ticket; closing it frees its index. Implement it
 * to put a system into {@link DuplicateBenchmark#run(RetrievalSystem, Ranker)}.
 */
public interface Ranker extends AutoCloseable {

    /** Ids of the other tickets, most likely duplicate first; the query ticket itself is never returned. */
    List<String> rank(BenchmarkTicket query);

    @Override
    void close();
}
