#!/usr/bin/env bash
# Installs the pinned Python packages of scripts/requirements-validate.txt into .tools/python inside
# the clone (not system-wide), for `make test`'s validation step. `make build` never runs this.
# Does nothing when the installed set already matches the pins.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=.tools/python
STAMP="$TARGET/.requirements"
if [ -f "$STAMP" ] && cmp -s "$STAMP" scripts/requirements-validate.txt; then
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq python3 python3-pip >/dev/null
fi
rm -rf "$TARGET"
mkdir -p "$TARGET"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps --target "$TARGET" \
  -r scripts/requirements-validate.txt
cp scripts/requirements-validate.txt "$STAMP"
