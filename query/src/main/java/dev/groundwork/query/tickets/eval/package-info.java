/**
 * The duplicate-ticket retrieval benchmark and the systems it compares (BM25, MiniLM chunks); the entry point is
 * {@link dev.groundwork.query.tickets.eval.DuplicateBenchmark}.
 */
package dev.groundwork.query.tickets.eval;
