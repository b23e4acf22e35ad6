#!/usr/bin/env bash
# The architect against KaHyPar, METIS, KaHIP and an ILP optimum (HiGHS), on planted specs and the
# Walshaw graphs of ../shared/corpus/partitioning; writes Reports/benchmarks.md. Not part of the tests.
# Installs the peers itself (PyPI: kahypar, kahip, highspy, numpy; Debian: metis) when missing.
# Usage: Benchmarks/partition-benchmark.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${SEAMS_PARTITION_CORPUS:-../shared/corpus/partitioning}"
[ -d "$CORPUS" ] || CORPUS="/work/shared/corpus/partitioning"

for module in kahypar kahip highspy numpy; do
  if ! python3 -c "import $module" 2>/dev/null; then
    python3 -m pip install --quiet "$module" || echo "note: could not install $module from PyPI; its column will say unavailable"
  fi
done
if ! command -v gpmetis >/dev/null 2>&1; then
  if apt-cache policy metis 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get install -y -qq metis >/dev/null || echo "note: could not install metis; its column will say unavailable"
  else
    (apt-get update -qq && apt-get install -y -qq metis >/dev/null) || echo "note: Debian package metis unavailable"
  fi
fi

swift build -c release --product seams >/dev/null
BIN="$(swift build -c release --show-bin-path)/seams"
mkdir -p Reports
python3 Benchmarks/partition_benchmark.py "$BIN" "$CORPUS" Reports/benchmarks.md "$@"
