package dev.groundwork.ingest.commonsense;

/**
 * The relationships an ingest run has written, as (head node id, relation index, tail node id),
 * so that a relationship can be {@code CREATE}d instead of {@code MERGE}d without writing it twice.
 * Open addressing over two {@code long} arrays: about 32 bytes per edge at the maximum load, where
 * a {@code HashSet} of boxed keys would take five times that. Not thread-safe.
 */
final class EdgeSet {
    private static final double LOAD = 0.6;
    /** Head ids plus one, so that 0 marks an empty slot. */
    private long[] heads;
    private long[] tails;
    private int size;

    EdgeSet() {
        heads = new long[1 << 16];
        tails = new long[1 << 16];
    }

    /**
     * Adds the edge.
     *
     * @param head the head's node id, 0 or more
     * @param relation the relation's index, 0 to 65,535
     * @param tail the tail's node id, 0 to 2^47 - 1
     * @return whether it was new
     */
    boolean add(long head, int relation, long tail) {
        if (head < 0 || tail < 0 || tail >= 1L << 47 || relation < 0 || relation > 0xFFFF) {
            throw new IllegalArgumentException("edge (" + head + ", " + relation + ", " + tail + ") is out of range");
        }
        if (size + 1 > heads.length * LOAD) {
            grow();
        }
        return insert(heads, tails, head + 1, tail << 16 | relation);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] hs, long[] ts, long h, long t) {
        int mask = hs.length - 1;
        int i = slot(h, t) & mask;
        while (hs[i] != 0) {
            if (hs[i] == h && ts[i] == t) {
                return false;
            }
            i = (i + 1) & mask;
        }
        hs[i] = h;
        ts[i] = t;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHeads = heads;
        long[] oldTails = tails;
        heads = new long[oldHeads.length * 2];
        tails = new long[oldTails.length * 2];
        size = 0;
        for (int i = 0; i < oldHeads.length; i++) {
            if (oldHeads[i] != 0) {
                insert(heads, tails, oldHeads[i], oldTails[i]);
            }
        }
    }

    private static int slot(long h, long t) {
        long x = h * 0x9E3779B97F4A7C15L ^ t * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ x >>> 29 ^ x >>> 47);
    }
}
