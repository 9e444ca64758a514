package dev.groundwork.query.tickets.eval;

/** The systems the duplicate benchmark can run, by the name used on the command line. */
public enum RetrievalSystem {
    /** Lucene BM25 (k1 1.2, b 0.75) over summary and description. */
    BM25,
    /** all-MiniLM-L6-v2 over 256-token chunks with 32 tokens of overlap; a ticket scores as its best chunk. */
    CHUNKS,
    /**
     * The ticket knowledge graph (sections with BM25 and embeddings, mentions, links); it needs a
     * graph built by the tickets ingest, so it runs through {@link DuplicateBenchmark#run(RetrievalSystem, Ranker)}.
     */
    GRAPH
}
