#!/usr/bin/env bash
# Rewrites README.md's decision-point table from the rule units and the catalog
# (`seams rules --format markdown`), between its marker comments. The test
# "the README's decision-point table is generated" fails when it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
seams_binary
table="$(mktemp)"
trap 'rm -f "$table" "$table.readme"' EXIT
"$BIN" rules --format markdown > "$table"
awk -v table="$table" '
  /<!-- rules:begin/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /<!-- rules:end/ { skip = 0 }
  !skip { print }
' README.md > "$table.readme"
mv "$table.readme" README.md
