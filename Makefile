# One entry point for people and CI. Every target installs what is missing first.
# `make test` reads nothing outside the clone; `make corpus` and `make bench-partition` read the folder you name.
.PHONY: deps build demo test reports check-reports corpus bench bench-partition fuzz

# System libraries only (libgraphviz-dev); never Python packages.
deps:
	scripts/install-deps.sh

build: deps
	swift build

# The main job on a bundled sample.
demo: deps
	swift run seams score Samples/loan-approval.yaml

# The test command CI runs (.ci/run): unit and golden tests, the Reports/ staleness check, and
# SARIF / document-schema validation against the official schemas (pinned Python packages,
# installed into .tools/python by scripts/install-python-tools.sh).
test: deps
	swift build --build-tests
	swift test --skip-build
	scripts/check-reports.sh
	scripts/validate-sarif.sh
	scripts/fuzz.py --seed 1 --runs 300 --seconds 45

reports: deps
	scripts/regenerate-reports.sh

# Reports/agent-corpus.md from real third-party projects: make corpus AGENT_CORPUS=DIR (no default).
corpus: deps
	scripts/score-agent-corpus.sh

bench: deps
	Benchmarks/score-benchmark.sh

# The architect against KaHyPar, METIS, KaHIP and HiGHS (installs them; ~15 min; writes Reports/benchmarks.md).
bench-partition: deps
	Benchmarks/partition-benchmark.sh

# Mutation fuzzing of the seams binary (scripts/fuzz.py): deterministic by FUZZ_SEED, bounded by
# FUZZ_RUNS and/or FUZZ_SECONDS (0 = no bound); failing mutants are saved under .build/fuzz-failures.
FUZZ_SEED ?= 1
FUZZ_RUNS ?= 2000
FUZZ_SECONDS ?= 600
fuzz: deps
	swift build
	scripts/fuzz.py --seed $(FUZZ_SEED) --runs $(FUZZ_RUNS) --seconds $(FUZZ_SECONDS)
