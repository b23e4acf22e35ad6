#!/usr/bin/env bash
# Benchmark of the renderer (not part of the test suite):
#  1. wall time and peak memory of `seams render` / `seams report` on a generated decomposition
#     (default 1,000 modules, 3,000 interfaces), every view, SVG and PNG;
#  2. resident memory over 200 in-process renders of a sample (hidden `seams bench`), per format;
#  3. the cost of the render worker (a child process per render, as `render` and `report` do).
# Usage: Benchmarks/render-benchmark.sh [modules] [interfaces] [iterations]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
MODULES="${1:-1000}"
INTERFACES="${2:-3000}"
ITERATIONS="${3:-200}"
generated_decomposition "$MODULES" "$INTERFACES"
LIMIT=(--max-file-size 100000000)

echo "== one render of a $MODULES-module, $INTERFACES-interface document (release build)"
for view in modules concerns workflow; do
  for ext in svg png; do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" render "$WORK/doc.yaml" "${LIMIT[@]}" --view "$view" -o "$WORK/out.$ext"
    read -r wall kib < "$WORK/time"
    printf '%-9s %-4s %7.2f s %7.0f MiB %10d bytes\n' "$view" "$ext" "$wall" "$(awk "BEGIN{print $kib/1024}")" "$(stat -c %s "$WORK/out.$ext")"
  done
done
/usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" report "$WORK/doc.yaml" "${LIMIT[@]}" -o "$WORK/report"
read -r wall kib < "$WORK/time"
printf '%-14s %7.2f s %7.0f MiB\n' "report (all 3)" "$wall" "$(awk "BEGIN{print $kib/1024}")"

echo
echo "== $ITERATIONS renders in one process (resident memory after N renders)"
for format in svg png pdf; do
  "$BIN" bench Samples/loan-approval.yaml --iterations "$ITERATIONS" --format "$format"
  echo
done

echo "== the render worker: 100 renders of a sample in-process, then each in a child process"
for mode in "" --worker; do
  "$BIN" bench Samples/loan-approval.yaml --iterations 100 $mode | grep -E "renders|median"
done
