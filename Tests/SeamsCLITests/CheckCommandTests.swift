import Foundation
import Testing
import SeamsTestSupport

/// `seams check`, `diff` and `schema` through the binary, as CI runs them.
@Suite("check command")
struct CheckCommandTests {
    static let ambiguous = "Samples/refund-gate-ambiguous.yaml"
    static let closed = "Samples/refund-gate-closed.yaml"

    /// A fresh folder under the temporary directory, removed by the caller.
    func scratch() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("check-cli")
        try FileManager.default.createDirectory(at: folder.appending("plans"), withIntermediateDirectories: true)
        return folder
    }

    func write(_ text: String, _ url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    func sample(_ path: String) throws -> String {
        try String(contentsOf: ProcessRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: exit codes

    @Test func passesWithZeroAndFailsWithOne() throws {
        let pass = try ProcessRunner.run(["check", Self.closed])
        #expect(pass.status == 0)
        #expect(pass.stdout == """
        Samples/refund-gate-closed.yaml: passed — 0 open bits; fail on error
        seams check: passed — 1 document; 0 findings fail the gate; open: none; fail on error

        """)
        let fail = try ProcessRunner.run(["check", Self.ambiguous])
        #expect(fail.status == 1)
        #expect(fail.stdout.hasSuffix("seams check: FAILED — 1 document, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error\n"))
        let both = try ProcessRunner.run(["check", "Samples/refund-gate-*.yaml"])
        #expect(both.status == 1)
        #expect(both.stdout.hasSuffix("seams check: FAILED — 2 documents, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error\n"))
    }

    @Test func thresholdsAndFailOnFromFlags() throws {
        let strict = try ProcessRunner.run(["check", "Samples/loan-approval.yaml", "--fail-on", "warning"])
        #expect(strict.status == 1)
        let limited = try ProcessRunner.run(["check", "Samples/loan-approval.yaml", "--max-interface-bits", "4"])
        #expect(limited.status == 1)
        #expect(limited.stdout.contains("Samples/loan-approval.yaml:58:30: error: intake->fulfilment leaves 8.49 open bits, over the limit of 4 per interface"))
        #expect(limited.stdout.contains("Samples/loan-approval.yaml:58:23: error: underwriting->fulfilment leaves 5.91 open bits, over the limit of 4 per interface"))
        let generous = try ProcessRunner.run(["check", "Samples/loan-approval.yaml", "--max-interface-bits", "8.49", "--max-open-bits", "22.63"])
        #expect(generous.status == 0)
    }

    @Test(arguments: [
        (["check", "Samples/no-such-plan.yaml"], "Samples/no-such-plan.yaml:1:1: error: no such file"),
        (["check", "Samples/*.nothing"], "Samples/*.nothing:1:1: error: no file matches this pattern"),
        (["check", "Samples/refund-gate-closed.yaml", "--fail-on", "fatal"], "The value 'fatal' is invalid for '--fail-on"),
        (["check", "Samples/refund-gate-closed.yaml", "--format", "pdf"], "The value 'pdf' is invalid for '--format"),
        (["check", "Samples/refund-gate-closed.yaml", "--baseline", "a.json", "--write-baseline", "b.json"], "Give --baseline or --write-baseline, not both."),
        (["check"], "Missing expected argument '<doc> ...'"),
        (["check", "Samples/refund-gate-closed.yaml", "--baseline", "Samples/refund-gate-ambiguous.yaml"],
         "Samples/refund-gate-ambiguous.yaml:7:1: error: unknown key 'name' in the baseline"),
    ])
    func usageAndInputErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try ProcessRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
    }

    @Test func anUnreadableDocumentStopsTheRunWithItsLocatedErrors() throws {
        let folder = try scratch()
        defer { folder.remove() }
        let broken = folder.appending("plans/broken.yaml")
        try write("seams: 1\nmodules: { a: {} }\ninterfaces:\n  - { from: a, to: b, carries: [x] }\n", broken)
        let run = try ProcessRunner.run(["check", Self.closed, broken.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
        \(broken.path):4:20: error: no module named 'b'; did you mean 'a'? — rename it to 'a'
        seams check: 1 of 2 documents could not be read; nothing was checked

        """)
    }

    // MARK: formats

    @Test(arguments: [("text", "txt"), ("json", "json"), ("sarif", "sarif"), ("junit", "junit.xml"), ("github", "github.txt"), ("markdown", "md")])
    func everyFormatMatchesItsGoldenFile(format: String, suffix: String) throws {
        let run = try ProcessRunner.run(["check", Self.ambiguous, Self.closed, "--format", format])
        #expect(run.status == 1)
        try GoldenFile.check(run.stdout, named: "refund-gate.check.\(suffix)")
        let summary = "seams check: FAILED — 2 documents, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error"
        if ["text", "github"].contains(format) {
            #expect(run.stdout.hasSuffix(summary + "\n"))
            #expect(run.stderr.isEmpty)
        } else if format == "markdown" {
            #expect(run.stdout.hasSuffix("`\(summary)`\n"))
        } else {
            #expect(run.stderr == summary + "\n")
        }
    }

    @Test func outputGoesToAFileAndTheSummaryToStandardOutput() throws {
        let folder = try scratch()
        defer { folder.remove() }
        let report = folder.appending("reports/seams.sarif")
        let run = try ProcessRunner.run(["check", Self.ambiguous, "--format", "sarif", "--output", report.path])
        #expect(run.status == 1)
        #expect(run.stdout == "seams check: FAILED — 1 document, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error\n")
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.contains("\"version\": \"2.1.0\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: report.deletingLastPathComponent().path)
        #expect(leftovers == ["seams.sarif"])
    }

    // MARK: project file and baseline

    @Test func theProjectFileHoldsTheGateSoCINeedsNoFlags() throws {
        let folder = try scratch()
        defer { folder.remove() }
        try write(try sample("Samples/loan-approval.yaml"), folder.appending("plans/loan.yaml"))
        try write(try sample(Self.closed), folder.appending("plans/refunds.yaml"))
        try write("seams: 1\ncheck:\n  max-interface-bits: 4\n  severity: { interface.on-error: note }\n", folder.appending("plans/.seams.yml"))
        let run = try ProcessRunner.run(["check", folder.appending("plans/*.yaml").path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("/plans/loan.yaml: FAILED — 20.04 open bits; fail on error; max 4 per interface\n"))
        #expect(run.stdout.contains("/plans/refunds.yaml: passed — 0 open bits; fail on error; max 4 per interface\n"))
        #expect(run.stdout.contains("note: review->fulfilment: What happens when the producer fails?"))
        try write("seams: 1\ncheck:\n  fail-on: warnings\n", folder.appending("plans/.seams.yml"))
        let bad = try ProcessRunner.run(["check", folder.appending("plans/refunds.yaml").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("plans/.seams.yml:3:12: error: check.fail-on 'warnings' is not one of error, warning; did you mean 'warning'?"))
    }

    @Test func aBaselineAcceptsKnownFindingsAndFailsOnNewOnes() throws {
        let folder = try scratch()
        defer { folder.remove() }
        let document = folder.appending("plans/refunds.yaml")
        let baseline = folder.appending("seams-baseline.json")
        let original = try sample(Self.ambiguous)
        try write(original, document)

        let record = try ProcessRunner.run(["check", document.path, "--write-baseline", baseline.path])
        #expect(record.status == 0)
        #expect(record.stdout == "seams check: wrote \(baseline.path) with 3 findings of 1 document\n")
        let file = try String(contentsOf: baseline, encoding: .utf8)
        #expect(file.hasPrefix("{\n  \"seams\": 1,\n  \"baseline\": 1,\n  \"findings\": [\n    {\n      \"document\": \"plans/refunds.yaml\",\n"))

        #expect(try ProcessRunner.run(["check", document.path, "--baseline", baseline.path]).status == 0)

        // Lines move and unrelated text changes: still known.
        try write("# Draft 2, after the payments review.\n\n" + original.replacingOccurrences(of: "three business days", with: "five business days"), document)
        let moved = try ProcessRunner.run(["check", document.path, "--baseline", baseline.path])
        #expect(moved.status == 0)
        #expect(moved.stdout.hasSuffix("baseline: 0 new, 0 grown, 3 known, 0 no longer matching; fail on error\n"))

        // A new undeclared payload fails; the vague terms that went are reported as no longer matching.
        try write(original.replacingOccurrences(of: "    carries: [approval]\n", with: "    carries: [approval, audit_note]\n")
            .replacingOccurrences(of: "the relevant details, amounts etc.", with: "its amounts"), document)
        let worse = try ProcessRunner.run(["check", document.path, "--baseline", baseline.path])
        #expect(worse.status == 1)
        #expect(worse.stdout.contains("error: audit_note: What does this handoff carry? ≥8 bits open on approval-desk->payouts [interface.payload]"))
        #expect(worse.stdout.contains(" (new)\n"))
        #expect(worse.stdout.contains("\(baseline.path): 2 baseline entries no longer match; write the baseline again to drop them:\n"))
        #expect(worse.stdout.hasSuffix("baseline: 1 new, 0 grown, 1 known, 2 no longer matching; fail on error\n"))
    }

    // MARK: diff and schema

    @Test func diffOfTheTwoSamplesMatchesItsGoldenFile() throws {
        let run = try ProcessRunner.run(["diff", Self.ambiguous, Self.closed])
        #expect(run.status == 0)
        try GoldenFile.check(run.stdout, named: "refund-gate.diff.txt")
        let json = try ProcessRunner.run(["diff", Self.ambiguous, Self.closed, "--format", "json"])
        #expect(json.status == 0)
        try GoldenFile.check(json.stdout, named: "refund-gate.diff.json")
        #expect(try ProcessRunner.run(["diff", Self.ambiguous]).status == 2)
        #expect(try ProcessRunner.run(["diff", Self.ambiguous, Self.closed, "--against", "HEAD"]).status == 2)
    }

    @Test func diffAgainstAGitRevision() throws {
        let folder = try scratch()
        defer { folder.remove() }
        let document = folder.appending("plans/refunds.yaml")
        try write(try sample(Self.ambiguous), document)
        try git(["init", "-q"], in: folder.url)
        try git(["add", "."], in: folder.url)
        try git(["-c", "user.name=Seams Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "draft"], in: folder.url)
        try write(try sample(Self.closed), document)
        let run = try ProcessRunner.run(["diff", document.path, "--against", "HEAD"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("seams diff: HEAD:\(document.path) -> \(document.path)\n  open bits ≥10 -> 0 (-10)\n"))
        let missing = try ProcessRunner.run(["diff", document.path, "--against", "no-such-branch"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("\(document.path):1:1: error: git show no-such-branch:refunds.yaml failed: fatal:"))
    }

    private func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func schemaPrintsDraft2020JSON() throws {
        let run = try ProcessRunner.run(["schema"])
        #expect(run.status == 0)
        let object = run.jsonObject
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((object?["required"] as? [String]) == ["seams"])
    }

    @Test func helpHasExamples() throws {
        for command in ["check", "diff", "schema"] {
            let run = try ProcessRunner.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("EXAMPLES"))
        }
    }
}
