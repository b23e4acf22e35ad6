#!/usr/bin/env bash
# Regenerates Reports/ from every document in Samples/. CI runs it and fails when the result
# differs from what is committed (scripts/check-reports.sh).
#
# Per sample NAME: NAME.score.json and NAME.score.txt (seams score), NAME.report.md and
# NAME.report.html (seams report), NAME.modules.svg (seams render). Every file is deterministic:
# same Samples/, same bytes (the SVGs depend on Graphviz's version and the DejaVu fonts, both
# from Debian 12's packages).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q --product seams
BIN="$(swift build --show-bin-path)/seams"
mkdir -p Reports
shopt -s nullglob
for doc in Samples/*.yaml Samples/*.yml Samples/*.json; do
  name="$(basename "${doc%.*}")"
  # Exit code 2 (bad input) must stop the run; 0 and 1 are scores.
  NO_COLOR=1 "$BIN" score "$doc" --format json > "Reports/$name.score.json"
  NO_COLOR=1 "$BIN" score "$doc" > "Reports/$name.score.txt"
  "$BIN" report "$doc" -o Reports
  "$BIN" render "$doc" -o "Reports/$name.modules.svg"
done
