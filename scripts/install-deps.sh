#!/usr/bin/env bash
# Installs what Seams needs on a fresh Debian machine: libgraphviz-dev (libgvc, for the renderer).
# Does nothing when it is already there.
set -euo pipefail
# Validation scripts (SARIF, document schema) use Python's jsonschema and PyYAML.
if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  python3 -m pip install --quiet jsonschema pyyaml
fi
if pkg-config --exists libgvc 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null
