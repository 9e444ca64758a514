# OpenBLAS (through numpy) on the three shapes of one 1-vs-all step; best of 12, like LinkPredictionBenchmark gemm.
import os, sys, time, numpy as np
b, w, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(1)
Q = rng.random((b, w), dtype=np.float32); E = rng.random((n, w), dtype=np.float32); S = rng.random((b, n), dtype=np.float32)
for name, f, m, nn, k in [("scores = Q E^T", lambda: Q @ E.T, b, n, w), ("dQ = dS E", lambda: S @ E, b, w, n), ("dE = dS^T Q", lambda: S.T @ Q, n, w, b)]:
    best = 0
    for _ in range(12):
        t = time.perf_counter(); f(); dt = time.perf_counter() - t
        best = max(best, 2.0 * m * nn * k / dt / 1e9)
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"openblas {name:12s} m {m} n {nn} k {k} threads {threads}: best of 12 {best:.1f} GFLOP/s")
