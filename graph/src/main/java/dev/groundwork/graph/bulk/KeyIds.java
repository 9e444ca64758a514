package dev.groundwork.graph.bulk;

import java.util.Arrays;

/**
 * Numbers strings (node keys such as concept URIs) 0, 1, 2, ... in order of first sight and keeps them
 * in that order: the node ids of an import with {@code --id-type=actual}.
 * Open addressing over a {@code long[]} of slots, each holding a key's hash code (high half) and its id plus one
 * (low half), and a {@code String[]} of keys in first-sight order: a probe compares hash codes in the slot
 * array and touches a key only when they match (one cache line per probe instead of three dependent loads),
 * and there is no entry object and no boxed {@code Integer} per concept, where a
 * {@code HashMap<String, Integer>} plus a list of the keys takes about 70 bytes per concept besides the
 * strings. Not thread-safe.
 *
 * <pre>{@code
 * KeyIds ids = new KeyIds();
 * int id = ids.get(uri) >= 0 ? ids.get(uri) : ids.add(uri);
 * }</pre>
 */
public final class KeyIds {
    private static final double LOAD = 0.6;
    /** Hash code in the high 32 bits, id plus one in the low 32 bits; 0 for an empty slot. */
    private long[] slots = new long[1 << 12];
    private String[] keys = new String[1 << 10];
    private int size;

    /** The id of {@code key}, or -1 if it has none. */
    public int get(String key) {
        int hash = key.hashCode();
        long high = (long) hash << 32;
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            long slot = slots[i];
            if ((slot & 0xFFFF_FFFF_0000_0000L) == high && keys[(int) slot - 1].equals(key)) {
                return (int) slot - 1;
            }
        }
        return -1;
    }

    /** Gives {@code key}, which must have no id yet, the next id ({@link #size()}) and returns it. */
    public int add(String key) {
        if (size + 1 > slots.length * LOAD) {
            grow();
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        place((long) key.hashCode() << 32 | (size + 1L));
        return size++;
    }

    /** The key with id {@code id}. */
    public String key(int id) {
        return keys[id];
    }

    public int size() {
        return size;
    }

    private void place(long slot) {
        int mask = slots.length - 1;
        int i = spread((int) (slot >>> 32)) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long slot : old) {
            if (slot != 0) {
                place(slot);
            }
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 ^ h >>> 16;
    }
}
