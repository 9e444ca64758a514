package dev.groundwork.query.linkprediction;

/**
 * Selects the k best of n scores with a bounded min-heap, O(n log k). Order: higher score first,
 * then lower id; NaN scores are never selected. Stateless.
 */
final class TopK {
    private TopK() {}

    /** The ids of the best {@code min(k, n)} scores, best first. */
    static int[] select(float[] scores, int n, int k) {
        int[] heap = new int[Math.min(k, n)];
        int size = 0;
        for (int id = 0; id < n; id++) {
            if (Float.isNaN(scores[id])) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = id;
                siftUp(heap, size++, scores);
            } else if (size > 0 && better(id, heap[0], scores)) {
                heap[0] = id;
                siftDown(heap, size, scores);
            }
        }
        int[] sorted = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            sorted[i] = heap[0];
            heap[0] = heap[i];
            siftDown(heap, i, scores);
        }
        return sorted;
    }

    private static boolean better(int a, int b, float[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    // The root is the worst kept id.
    private static void siftUp(int[] heap, int at, float[] scores) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], scores)) {
                return;
            }
            swap(heap, at, parent);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] scores) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(heap[worst], heap[child], scores)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }
}
