package dev.groundwork.graph.bulk;

import dev.groundwork.graph.BadInputException;

import java.util.Locale;

/**
 * The relationships an ingest run has written, as (head node id, relation index, tail node id), each
 * numbered 0, 1, 2, ... in order of first addition, so that a relationship can be {@code CREATE}d (or
 * written once to an import file) instead of {@code MERGE}d, and a repeat can find the first one.
 * Open addressing over one {@code long} array holding each slot's head and tail side by side (a probe reads one
 * cache line) and an {@code int} array of numbers, read only on a match: about 40 bytes per edge at the
 * maximum load, where a {@code HashMap} of boxed keys would take four times that. Not thread-safe.
 *
 * <pre>{@code
 * EdgeSet edges = new EdgeSet();
 * int n = edges.number(head, relation, tail);   // n == edges.size() - 1 when it is new
 * }</pre>
 */
public final class EdgeSet {
    private static final double LOAD = 0.6;
    /** The most slots: the key array, two longs a slot, must stay within Java's largest array. */
    private static final int MAX_SLOTS = 1 << 29;
    private final int maxSlots;
    /** Slot i's head id plus one (0 marks an empty slot) at 2i, its tail and relation at 2i + 1. */
    private long[] keys;
    private int[] numbers;
    private int size;

    public EdgeSet() {
        this(MAX_SLOTS);
    }

    /** With at most {@code maxSlots} slots (a power of two from 2^16), so that a test can reach the limit. */
    EdgeSet(int maxSlots) {
        if (Integer.bitCount(maxSlots) != 1 || maxSlots < 1 << 16 || maxSlots > MAX_SLOTS) {
            throw new IllegalArgumentException("maxSlots must be a power of two from 65536 to " + MAX_SLOTS + ", got " + maxSlots);
        }
        this.maxSlots = maxSlots;
        keys = new long[2 << 16];
        numbers = new int[1 << 16];
    }

    /** The most distinct edges one set holds. */
    public long capacity() {
        return (long) (maxSlots * LOAD);
    }

    /**
     * Adds the edge.
     *
     * @param head the head's node id, 0 or more
     * @param relation the relation's index, 0 to 65,535
     * @param tail the tail's node id, 0 to 2^47 - 1
     * @return whether it was new
     */
    public boolean add(long head, int relation, long tail) {
        int before = size;
        return number(head, relation, tail) == before;
    }

    /**
     * The edge's number: the one it got when first added, or {@link #size()} (before the call) if it is new, which adds it.
     *
     * @throws IllegalArgumentException when an argument is out of the ranges {@link #add} names
     * @throws BadInputException when the edge is new and the set already holds {@link #capacity()} edges
     */
    public int number(long head, int relation, long tail) {
        if (head < 0 || tail < 0 || tail >= 1L << 47 || relation < 0 || relation > 0xFFFF) {
            throw new IllegalArgumentException("edge (" + head + ", " + relation + ", " + tail + ") is out of range");
        }
        long h = head + 1;
        long t = tail << 16 | relation;
        int i = probe(h, t);
        if (keys[2 * i] != 0) {
            return numbers[i];
        }
        if (size + 1 > numbers.length * LOAD) {
            if (numbers.length >= maxSlots) {
                throw new BadInputException("an ingest run keeps its distinct relationships in memory to drop repeats, at most "
                        + String.format(Locale.ROOT, "%,d", capacity()) + "; the input holds more: split it into several ingest runs");
            }
            grow();
            i = probe(h, t);
        }
        keys[2 * i] = h;
        keys[2 * i + 1] = t;
        numbers[i] = size;
        return size++;
    }

    /** The slot holding (h, t), or the empty slot where it would go. */
    private int probe(long h, long t) {
        int mask = numbers.length - 1;
        int i = slot(h, t) & mask;
        while (keys[2 * i] != 0 && (keys[2 * i] != h || keys[2 * i + 1] != t)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length * 2];
        numbers = new int[oldNumbers.length * 2];
        for (int j = 0; j < oldNumbers.length; j++) {
            long h = oldKeys[2 * j];
            if (h != 0) {
                long t = oldKeys[2 * j + 1];
                int i = probe(h, t);
                keys[2 * i] = h;
                keys[2 * i + 1] = t;
                numbers[i] = oldNumbers[j];
            }
        }
    }

    private static int slot(long h, long t) {
        long x = h * 0x9E3779B97F4A7C15L ^ t * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ x >>> 29 ^ x >>> 47);
    }
}
