#!/usr/bin/env bash
# The architect against KaHyPar, METIS, KaHIP and an ILP optimum (HiGHS), on planted specs and the
# Walshaw graphs in the folder SEAMS_PARTITION_CORPUS names (no default); writes Reports/benchmarks.md. Not part of the tests.
# Installs the peers itself when missing (PyPI, pinned in Benchmarks/requirements-bench.txt: kahypar,
# kahip, highspy, numpy; Debian: metis).
# Usage: Benchmarks/partition-benchmark.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
corpus_folder SEAMS_PARTITION_CORPUS "Walshaw corpus" "the folder of *.graph files"

# The Python peers, pinned (Benchmarks/requirements-bench.txt), in a folder of the clone's own.
BENCH_PY=.tools/bench-python
if ! cmp -s Benchmarks/requirements-bench.txt "$BENCH_PY/.requirements" 2>/dev/null; then
  rm -rf "$BENCH_PY" && mkdir -p "$BENCH_PY"
  if python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
      --target "$BENCH_PY" -r Benchmarks/requirements-bench.txt; then
    cp Benchmarks/requirements-bench.txt "$BENCH_PY/.requirements"
  else
    echo "note: could not install the pinned peers from PyPI; their columns will say unavailable"
  fi
fi
export PYTHONPATH="$PWD/$BENCH_PY${PYTHONPATH:+:$PYTHONPATH}"
if ! command -v gpmetis >/dev/null 2>&1; then
  if apt-cache policy metis 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get install -y -qq metis >/dev/null || echo "note: could not install metis; its column will say unavailable"
  else
    (apt-get update -qq && apt-get install -y -qq metis >/dev/null) || echo "note: Debian package metis unavailable"
  fi
fi

seams_binary release
mkdir -p Reports
python3 Benchmarks/partition_benchmark.py "$BIN" "$CORPUS" Reports/benchmarks.md "$@"
