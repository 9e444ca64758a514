package dev.groundwork.graph.bulk;

import java.util.Arrays;

/**
 * Numbers strings (node keys such as concept URIs) 0, 1, 2, ... in order of first sight and keeps them
 * in that order: the node ids of an import with {@code --id-type=actual}.
 * Open addressing over a {@code String[]} of keys in first-sight order and an {@code int[]} of slots:
 * no entry object and no boxed {@code Integer} per concept, where a {@code HashMap<String, Integer>}
 * plus a list of the keys takes about 70 bytes per concept besides the strings. Not thread-safe.
 *
 * <pre>{@code
 * KeyIds ids = new KeyIds();
 * int id = ids.get(uri) >= 0 ? ids.get(uri) : ids.add(uri);
 * }</pre>
 */
public final class KeyIds {
    private static final double LOAD = 0.6;
    /** Ids plus one by slot, 0 for an empty slot. */
    private int[] slots = new int[1 << 12];
    private String[] keys = new String[1 << 10];
    private int size;

    /** The id of {@code key}, or -1 if it has none. */
    public int get(String key) {
        int mask = slots.length - 1;
        for (int i = spread(key.hashCode()) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (keys[slots[i] - 1].equals(key)) {
                return slots[i] - 1;
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
        place(size);
        return size++;
    }

    /** The key with id {@code id}. */
    public String key(int id) {
        return keys[id];
    }

    public int size() {
        return size;
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int i = spread(keys[id].hashCode()) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = id + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 ^ h >>> 16;
    }
}
