#!/usr/bin/env bash
# Regenerates Reports/ from every document in Samples/. CI runs it and fails when the result
# differs from what is committed (scripts/check-reports.sh).
#
# Per sample NAME: NAME.score.json and NAME.score.txt (seams score), NAME.report.md and
# NAME.report.html (seams report), NAME.modules.svg (seams render), and NAME.plan.yaml with its
# decision record NAME.plan-record.md (seams plan --record) for a sample with concerns; then the refund-gate check outputs. Every file is deterministic:
# same Samples/, same bytes (the SVGs depend on Graphviz's version and the DejaVu fonts, both
# from Debian 12's packages).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
seams_binary
mkdir -p Reports
shopt -s nullglob
for doc in Samples/*.yaml Samples/*.yml Samples/*.json; do
  name="$(basename "${doc%.*}")"
  # Exit code 2 (bad input) must stop the run; 0 and 1 are scores.
  NO_COLOR=1 "$BIN" score "$doc" --format json > "Reports/$name.score.json"
  NO_COLOR=1 "$BIN" score "$doc" > "Reports/$name.score.txt"
  # The architect's plan for the same spec (modules written by hand are re-planned from the concerns).
  if grep -q '^concerns:' "$doc"; then
    NO_COLOR=1 "$BIN" plan "$doc" --record "Reports/$name.plan-record.md" > "Reports/$name.plan.yaml"
  fi
  "$BIN" report "$doc" -o Reports
  "$BIN" render "$doc" -o "Reports/$name.modules.svg"
done
# The CI gate on the ambiguous and closed refund samples: exit 1 (gate failed) is the expected result.
gate() { "$@" || [ $? -eq 1 ]; }
refund=(Samples/refund-gate-ambiguous.yaml Samples/refund-gate-closed.yaml)
if [ -e "${refund[0]}" ] && [ -e "${refund[1]}" ]; then
  gate env NO_COLOR=1 "$BIN" check "${refund[@]}" > Reports/refund-gate.check.txt
  gate "$BIN" check "${refund[@]}" --format sarif --output Reports/refund-gate.check.sarif
  gate "$BIN" check "${refund[@]}" --format junit --output Reports/refund-gate.check.junit.xml
  gate "$BIN" check "${refund[@]}" --format markdown > Reports/refund-gate.check.md
  NO_COLOR=1 "$BIN" diff "${refund[@]}" > Reports/refund-gate.diff.txt
fi
# Reports/agent-corpus.md (real third-party projects outside the clone) is written by `make corpus`,
# and Reports/benchmarks.md by `make bench-partition`: neither is regenerated here, so this script
# and the staleness check read nothing outside the clone.
# The name rules' precision on real field names (issue #15's measurement).
NO_COLOR=1 "$BIN" rules --measure Tests/SeamsAnalyzerTests/Fixtures/field-names.tsv > Reports/field-name-precision.md
# The CrewAI conformance table, measured over the test fixtures (nothing outside the clone needed).
swift build -q --build-tests
RECORD_CONFORMANCE=1 swift test -q --skip-build --filter CrewAIConformanceTests > /dev/null
# LangGraph and OpenAI Agents SDK fixture projects against their expected interfaces.
scripts/framework-conformance-langgraph.sh
