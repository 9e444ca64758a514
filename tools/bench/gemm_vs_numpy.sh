#!/usr/bin/env bash
# The project's GEMM (LinkPredictionBenchmark gemm: the three products of one 1-vs-all step) and
# numpy's OpenBLAS on the same shapes, alternating in one run, with 2 threads and then 1, so that
# both see the same machine load. Prints the load average before and after and numpy's BLAS build.
#
# Usage (from the repository root, after ./mvnw -B -q -pl query -am compile):
#   tools/bench/gemm_vs_numpy.sh [BATCH WIDTH ENTITIES [ROUNDS]]     # default 512 400 14541 2
# Environment: JAVA_HOME (a JDK >= 21), PYTHON (default python3; its numpy must use OpenBLAS).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
B="${1:-512}"; W="${2:-400}"; N="${3:-14541}"; ROUNDS="${4:-2}"
PY="${PYTHON:-python3}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$ROOT/query/target/classes:$ROOT/graph/target/classes"
[[ -d "$ROOT/query/target/classes/dev" ]] || { echo "build first: ./mvnw -B -q -pl query -am compile" >&2; exit 2; }

echo "# $(date -u +%FT%TZ) cpus $(nproc) load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PY" - <<'PY'
import numpy as np
blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
print("# numpy", np.__version__, blas.get("name"), blas.get("version"), blas.get("openblas configuration", ""))
PY
for round in $(seq "$ROUNDS"); do
  for threads in 2 1; do
    "$JAVA" --add-modules jdk.incubator.vector -Xmx4g -cp "$CP" \
        dev.groundwork.query.linkprediction.LinkPredictionBenchmark gemm "$B" "$W" "$N" "$threads" 2>/dev/null \
        | sed "s/^/round $round groundwork /"
    OPENBLAS_NUM_THREADS="$threads" "$PY" "$ROOT/tools/bench/openblas_gemm.py" "$B" "$W" "$N" | sed "s/^/round $round /"
  done
done
echo "# $(date -u +%FT%TZ) load after: $(cut -d' ' -f1-3 /proc/loadavg)"
