#!/usr/bin/env bash
# Benchmark of `seams score` on a generated decomposition (10,000 modules, 50,000 interfaces),
# in YAML and in JSON, side by side with the parsers a Python tool would use on the same file
# (PyYAML's C loader, the json module): wall time and peak resident memory, and their ratios.
# Not part of the test suite. Usage: Benchmarks/score-benchmark.sh [modules] [interfaces]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
MODULES="${1:-10000}"
INTERFACES="${2:-50000}"
generated_decomposition "$MODULES" "$INTERFACES"

measure() { # label, command…: prints "label wall_s peak_MiB" (best of 3 wall times)
  local label="$1"; shift
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null
    read -r wall kib < "$WORK/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; rss="$kib"; fi
  done
  printf '%-34s %8.2f s %8.0f MiB\n' "$label" "$best" "$(awk "BEGIN{print $rss/1024}")"
  echo "$label $best $rss" >> "$WORK/results"
}

echo "document: $MODULES modules, $INTERFACES interfaces; YAML $(du -h "$WORK/doc.yaml" | cut -f1), JSON $(du -h "$WORK/doc.json" | cut -f1)"
measure "seams score (YAML, text)" "$BIN" score "$WORK/doc.yaml" --max-file-size 100000000
measure "seams score (YAML, --format json)" "$BIN" score "$WORK/doc.yaml" --format json --max-file-size 100000000
measure "seams score (JSON, text)" "$BIN" score "$WORK/doc.json" --max-file-size 100000000
measure "seams score (JSON, --format json)" "$BIN" score "$WORK/doc.json" --format json --max-file-size 100000000
if python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
  measure "PyYAML CSafeLoader (parse only)" python3 -c 'import sys, yaml; yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)' "$WORK/doc.yaml"
fi
measure "python json.load (parse only)" python3 -c 'import sys, json; json.load(open(sys.argv[1]))' "$WORK/doc.json"
python3 - "$WORK/results" <<'PY'
import sys
rows = [line.rsplit(" ", 2) for line in open(sys.argv[1]).read().splitlines()]
data = {label: (float(wall), int(kib)) for label, wall, kib in rows}
def ratio(a, b):
    if a in data and b in data:
        print(f"ratio {a} / {b}: time {data[a][0] / data[b][0]:.2f}x, memory {data[a][1] / data[b][1]:.2f}x")
ratio("seams score (YAML, text)", "PyYAML CSafeLoader (parse only)")
ratio("seams score (YAML, --format json)", "PyYAML CSafeLoader (parse only)")
ratio("seams score (JSON, --format json)", "python json.load (parse only)")
PY
