#!/usr/bin/env bash
# Render sweep (not part of the test suite): renders every sample, the plan of every sample spec
# and COUNT seeded generated documents (Benchmarks/generate-render-documents.py) in every view
# (modules, concerns, workflow) and both styles (rich, plain) to SVG with `seams render`, and
# counts how each render ended:
#   ok          exit 0
#   contained   exit 2 "Graphviz crashed …": the render worker died, seams reported it
#   signal      seams itself died by a signal (exit 128+N): what containment must prevent
#   error       any other exit
# With a C compiler it also lays out each render's DOT text in a small libgvc program built with
# AddressSanitizer (Benchmarks/layout-check.c), which sees heap misuse inside Graphviz that does
# not always abort a process ("asan" below).
# Usage: Benchmarks/render-sweep.sh [COUNT=500] [SEED=1] [SEAMS=debug build]
#   SWEEP_ASAN=0: no sanitizer pass. SWEEP_SHARD=K/N: only generated documents K, K+N, K+2N…
#   (and the samples and plans only in shard 0), to run N sweeps side by side.
# Exit 1 when any render crashed (contained or not) or the sanitizer saw a memory error.
set -uo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-500}"
SEED="${2:-1}"
BIN="${3:-}"
source scripts/common.sh
if [ -z "$BIN" ]; then
  seams_binary || exit 2
fi
scratch_folder
export SWIFT_BACKTRACE=enable=no NO_COLOR=1

mkdir -p "$WORK/plans"
for doc in Samples/*.yaml; do
  if grep -q '^concerns:' "$doc"; then "$BIN" plan "$doc" > "$WORK/plans/$(basename "${doc%.*}").plan.yaml"; fi
done
python3 Benchmarks/generate-render-documents.py "$SEED" "$COUNT" "$WORK/generated"

CHECK=""
if [ "${SWEEP_ASAN:-1}" != 0 ] && command -v cc > /dev/null && cc -fsanitize=address -o "$WORK/layout-check" Benchmarks/layout-check.c \
     $(pkg-config --cflags --libs libgvc) 2> /dev/null; then
  CHECK="$WORK/layout-check"
fi

declare -A counts=()
log="$WORK/log"
: > "$log"
sweep() { # group, documents…
  local group="$1"; shift
  local doc view style rc kind
  for doc in "$@"; do
    for view in modules concerns workflow; do
      for style in rich plain; do
        "$BIN" render "$doc" -o "$WORK/out.svg" --view "$view" --style "$style" > /dev/null 2> "$WORK/err"
        rc=$?
        if [ $rc -eq 0 ]; then kind=ok
        elif [ $rc -eq 2 ] && grep -q "Graphviz crashed" "$WORK/err"; then kind=contained
        elif [ $rc -ge 128 ]; then kind=signal
        else kind=error
        fi
        counts[$group.renders]=$(( ${counts[$group.renders]:-0} + 1 ))
        counts[$group.$kind]=$(( ${counts[$group.$kind]:-0} + 1 ))
        [ $kind = ok ] || echo "$kind (exit $rc): $doc --view $view --style $style: $(head -c 300 "$WORK/err" | head -1)" >> "$log"
        if [ -n "$CHECK" ] && "$BIN" render "$doc" -o "$WORK/out.dot" --view "$view" --style "$style" 2> /dev/null; then
          local engine=dot
          grep -q 'overlap="prism"' "$WORK/out.dot" && engine=sfdp
          if ASAN_OPTIONS=detect_leaks=0 "$CHECK" "$WORK/out.dot" "$engine" > /dev/null 2> "$WORK/asan"; [ -s "$WORK/asan" ] && grep -q AddressSanitizer "$WORK/asan"; then
            counts[$group.asan]=$(( ${counts[$group.asan]:-0} + 1 ))
            echo "asan: $doc --view $view --style $style: $(grep -m1 'ERROR: AddressSanitizer' "$WORK/asan")" >> "$log"
          fi
        fi
      done
    done
  done
}
start=$(date +%s)
# (stderr of the loop is dropped: bash reports each child killed by a signal there)
IFS=/ read -r shard shards <<< "${SWEEP_SHARD:-0/1}"
generated=()
for doc in "$WORK"/generated/*.json; do
  number=$((10#$(basename "$doc" .json | tr -dc 0-9)))
  [ $((number % shards)) -eq "$shard" ] && generated+=("$doc")
done
if [ "$shard" -eq 0 ]; then
  sweep samples Samples/*.yaml 2> /dev/null
  sweep plans "$WORK"/plans/*.yaml 2> /dev/null
fi
sweep generated "${generated[@]}" 2> /dev/null
elapsed=$(( $(date +%s) - start ))

printf '%-10s %8s %6s %10s %7s %6s %6s\n' group renders ok contained signal error asan
bad=0
for group in samples plans generated; do
  printf '%-10s %8d %6d %10d %7d %6d %6s\n' "$group" "${counts[$group.renders]:-0}" "${counts[$group.ok]:-0}" \
    "${counts[$group.contained]:-0}" "${counts[$group.signal]:-0}" "${counts[$group.error]:-0}" \
    "$([ -n "$CHECK" ] && echo "${counts[$group.asan]:-0}" || echo n/a)"
  bad=$(( bad + ${counts[$group.contained]:-0} + ${counts[$group.signal]:-0} + ${counts[$group.asan]:-0} ))
done
echo "seed $SEED, $COUNT generated documents, ${elapsed} s; Graphviz: $(pkg-config --modversion libgvc)"
if [ -s "$log" ]; then echo; echo "== renders that did not end with exit 0"; sort "$log" | head -100; fi
[ $bad -eq 0 ]
