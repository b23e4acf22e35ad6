# One entry point for people and CI. Every target installs what is missing first.
.PHONY: deps build demo test reports check-reports bench bench-partition

deps:
	scripts/install-deps.sh

build: deps
	swift build

# The main job on a bundled sample.
demo: deps
	swift run seams score Samples/loan-approval.yaml

# The test command CI runs (.ci/run): unit and golden tests, the Reports/ staleness check, and
# SARIF / document-schema validation against the official schemas.
test: deps
	swift build --build-tests
	swift test --skip-build
	scripts/check-reports.sh
	scripts/validate-sarif.sh

reports: deps
	scripts/regenerate-reports.sh

bench: deps
	Benchmarks/score-benchmark.sh

# The architect against KaHyPar, METIS, KaHIP and HiGHS (installs them; ~15 min; writes Reports/benchmarks.md).
bench-partition: deps
	Benchmarks/partition-benchmark.sh
