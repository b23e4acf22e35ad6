#!/usr/bin/env bash
# Fails when Reports/ is stale: regenerates it and compares with what git has. Covers what the clone
# regenerates by itself; Reports/agent-corpus.md (`make corpus`) and Reports/benchmarks.md
# (`make bench-partition`) need material outside the clone and are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/regenerate-reports.sh
if [ -n "$(git status --porcelain --untracked-files=all -- Reports ':!Reports/benchmarks.md' ':!Reports/agent-corpus.md')" ]; then
  echo "Reports/ is stale: run 'make reports' and commit the result." >&2
  git status --porcelain --untracked-files=all -- Reports ':!Reports/benchmarks.md' ':!Reports/agent-corpus.md' >&2
  git --no-pager diff --stat -- Reports >&2
  exit 1
fi
echo "Reports/ is up to date."
