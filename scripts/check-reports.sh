#!/usr/bin/env bash
# Fails when Reports/ is stale: regenerates it and compares with what git has.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/regenerate-reports.sh
if [ -n "$(git status --porcelain -- Reports ':!Reports/benchmarks.md')" ]; then
  echo "Reports/ is stale: run 'make reports' and commit the result." >&2
  git status --porcelain -- Reports >&2
  git --no-pager diff --stat -- Reports >&2
  exit 1
fi
echo "Reports/ is up to date."
