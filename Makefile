# One entry point for people and CI. Every target installs what is missing first.
# `make test` reads nothing outside the clone; `make corpus` and `make bench-partition` do.
.PHONY: deps build demo test reports check-reports corpus bench bench-partition

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

reports: deps
	scripts/regenerate-reports.sh

# Reports/agent-corpus.md from real third-party projects (AGENT_CORPUS, default ../shared/corpus/agents).
corpus: deps
	scripts/score-agent-corpus.sh

bench: deps
	Benchmarks/score-benchmark.sh

# The architect against KaHyPar, METIS, KaHIP and HiGHS (installs them; ~15 min; writes Reports/benchmarks.md).
bench-partition: deps
	Benchmarks/partition-benchmark.sh
