package dev.groundwork.query.linkprediction;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Cache-blocked single-precision matrix product {@code C += A * B} on the Vector API, in the
 * GotoBLAS layout: B is packed into {@link #KC} x {@link #NR} panels that stay in L1, A into
 * {@link #MR}-row panels that stay in L2, and a 6 x 2-vector register tile does the work.
 *
 * <p>A and B are read through {@link View}s (offset and two strides), so transposed operands cost
 * nothing but the packing. C is row-major. The work is split into chunks of whole output rows or
 * columns; each output element is summed by exactly one chunk in a fixed order (K blocks in order,
 * k in order inside a block), so the result is bit-identical whatever the number of threads.
 *
 * <p>Thread-safe: the packing buffers are per thread.
 */
final class Matmul {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int MR = 6;
    static final int NR = 2 * LANES;
    static final int KC = 256;
    static final int MC = 120;
    static final int NC = 2048;

    private static final ThreadLocal<float[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new float[][] {new float[MC * KC], new float[KC * NC], new float[MR * NR]});

    /** A read-only matrix seen through strides: element (i, j) is {@code data[offset + i * rowStride + j * colStride]}. */
    record View(float[] data, int offset, int rowStride, int colStride) {
        static View rowMajor(float[] data, int columns) {
            return new View(data, 0, columns, 1);
        }

        /** The transpose of a row-major matrix with {@code columns} columns. */
        static View transposed(float[] data, int columns) {
            return new View(data, 0, 1, columns);
        }

        float get(int i, int j) {
            return data[offset + i * rowStride + j * colStride];
        }
    }

    private Matmul() {}

    /**
     * {@code C[m x n] += A[m x k] * B[k x n]} with C row-major ({@code ldc} floats a row), split over
     * {@code parallel}.
     */
    static void multiplyAdd(Parallel parallel, int m, int n, int k, View a, View b, float[] c, int ldc) {
        boolean splitRows = m >= n;
        int extent = splitRows ? m : n;
        // Every chunk packs the whole operand it does not split, so chunks must not be too thin.
        int chunk = chunkSize(extent, splitRows ? MR : NR, splitRows ? 2 * MC : 8 * NR, parallel.threads());
        int chunks = (extent + chunk - 1) / chunk;
        parallel.forEach(chunks, index -> {
            int from = index * chunk;
            int to = Math.min(extent, from + chunk);
            if (splitRows) {
                block(from, to, 0, n, k, a, b, c, ldc);
            } else {
                block(0, m, from, to, k, a, b, c, ldc);
            }
        });
    }

    /** Floating-point operations of one product of these dimensions. */
    static double flops(int m, int n, int k) {
        return 2.0 * m * n * k;
    }

    // Several chunks per thread so that a slow core does not hold the others back.
    private static int chunkSize(int extent, int unit, int minimum, int threads) {
        int target = threads * 4;
        int size = Math.max(minimum, (extent + target - 1) / target);
        return ((size + unit - 1) / unit) * unit;
    }

    private static void block(int rowFrom, int rowTo, int colFrom, int colTo, int k, View a, View b, float[] c, int ldc) {
        float[][] buffers = BUFFERS.get();
        float[] packedA = buffers[0];
        float[] packedB = buffers[1];
        float[] tile = buffers[2];
        for (int jc = colFrom; jc < colTo; jc += NC) {
            int nc = Math.min(NC, colTo - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(b, pc, kc, jc, nc, packedB);
                for (int ic = rowFrom; ic < rowTo; ic += MC) {
                    int mc = Math.min(MC, rowTo - ic);
                    packA(a, ic, mc, pc, kc, packedA);
                    macroKernel(mc, nc, kc, packedA, packedB, c, ic * ldc + jc, ldc, tile);
                }
            }
        }
    }

    private static void packA(View a, int row, int mc, int col, int kc, float[] packed) {
        for (int ip = 0; ip < mc; ip += MR) {
            int base = ip * kc;
            int rows = Math.min(MR, mc - ip);
            for (int p = 0; p < kc; p++) {
                int at = base + p * MR;
                for (int r = 0; r < rows; r++) {
                    packed[at + r] = a.get(row + ip + r, col + p);
                }
                for (int r = rows; r < MR; r++) {
                    packed[at + r] = 0f;
                }
            }
        }
    }

    private static void packB(View b, int row, int kc, int col, int nc, float[] packed) {
        for (int jp = 0; jp < nc; jp += NR) {
            int base = jp * kc;
            int cols = Math.min(NR, nc - jp);
            if (b.colStride() == 1 && cols == NR) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b.data(), b.offset() + (row + p) * b.rowStride() + col + jp, packed, base + p * NR, NR);
                }
                continue;
            }
            for (int j = 0; j < NR; j++) {
                for (int p = 0; p < kc; p++) {
                    packed[base + p * NR + j] = j < cols ? b.get(row + p, col + jp + j) : 0f;
                }
            }
        }
    }

    private static void macroKernel(int mc, int nc, int kc, float[] packedA, float[] packedB, float[] c, int cOffset, int ldc, float[] tile) {
        for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            for (int ir = 0; ir < mc; ir += MR) {
                int rows = Math.min(MR, mc - ir);
                int at = cOffset + ir * ldc + jr;
                if (rows == MR && cols == NR) {
                    microKernel(kc, packedA, ir * kc, packedB, jr * kc, c, at, ldc);
                } else {
                    Arrays.fill(tile, 0f);
                    microKernel(kc, packedA, ir * kc, packedB, jr * kc, tile, 0, NR);
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < cols; j++) {
                            c[at + r * ldc + j] += tile[r * NR + j];
                        }
                    }
                }
            }
        }
    }

    // Twelve accumulators in registers; each k step does 2 vector loads, 6 broadcasts and 12 FMAs.
    private static void microKernel(int kc, float[] a, int aAt, float[] b, int bAt, float[] c, int cAt, int ldc) {
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector c00 = zero, c01 = zero, c10 = zero, c11 = zero, c20 = zero, c21 = zero;
        FloatVector c30 = zero, c31 = zero, c40 = zero, c41 = zero, c50 = zero, c51 = zero;
        for (int p = 0; p < kc; p++) {
            int bi = bAt + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bi + LANES);
            int ai = aAt + p * MR;
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        addRow(c, cAt, c00, c01);
        addRow(c, cAt + ldc, c10, c11);
        addRow(c, cAt + 2 * ldc, c20, c21);
        addRow(c, cAt + 3 * ldc, c30, c31);
        addRow(c, cAt + 4 * ldc, c40, c41);
        addRow(c, cAt + 5 * ldc, c50, c51);
    }

    private static void addRow(float[] c, int at, FloatVector left, FloatVector right) {
        FloatVector.fromArray(SPECIES, c, at).add(left).intoArray(c, at);
        FloatVector.fromArray(SPECIES, c, at + LANES).add(right).intoArray(c, at + LANES);
    }
}
