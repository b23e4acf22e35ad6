# Shared by the scripts and benchmarks, sourced after they `cd` to the repository root:
# the seams binary, a scratch folder, and a corpus folder named by an environment variable.

# Builds seams and sets BIN to it: the debug build, or the release build with `release`
# (what the benchmarks time). Fails when the build fails, also where `set -e` is off.
seams_binary() { # [release]
  if [ "${1:-}" = release ]; then
    swift build -c release --product seams >/dev/null && BIN="$(swift build -c release --show-bin-path)/seams"
  else
    swift build -q --product seams && BIN="$(swift build --show-bin-path)/seams"
  fi
}

# Makes a fresh folder, sets WORK to it, and removes it when the script exits.
scratch_folder() {
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
}

# Sets CORPUS to the folder the environment variable VARIABLE names (there is no default: the
# repository never assumes what lies beside it); exits 2 saying what belongs there otherwise.
corpus_folder() { # VARIABLE, what the corpus is, what the folder holds
  CORPUS="${!1:-}"
  if [ -z "$CORPUS" ] || [ ! -d "$CORPUS" ]; then
    echo "no $2 at '${CORPUS}' — set $1 to $3" >&2
    exit 2
  fi
}

# The decomposition benchmarks' start: a scratch folder, the release build, and a generated
# decomposition of MODULES modules and INTERFACES interfaces in $WORK/doc.yaml and $WORK/doc.json.
generated_decomposition() { # MODULES, INTERFACES
  scratch_folder
  seams_binary release
  python3 Benchmarks/generate-decomposition.py "$1" "$2" "$WORK/doc"
}
