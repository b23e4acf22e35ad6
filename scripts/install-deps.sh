#!/usr/bin/env bash
# Installs the system libraries Seams builds against on a fresh Debian machine: libgraphviz-dev
# (libgvc, for the renderer), libyaml-dev (the YAML reader) and pkg-config. Does nothing when they
# are already there.
# Python packages are not installed here: only `make test` needs them (scripts/install-python-tools.sh).
set -euo pipefail
if pkg-config --exists libgvc yaml-0.1 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libgraphviz-dev libyaml-dev pkg-config >/dev/null
