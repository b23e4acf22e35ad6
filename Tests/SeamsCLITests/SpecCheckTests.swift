import SeamsTestSupport
import Foundation
import Testing

/// Item 2 of issue 15: `check` on a spec gates the artifacts any cut would expose, and says so.
@Suite("check on a spec")
struct SpecCheckTests {
    /// `brief` is prose shared by two concerns; `scratch` is prose that only its writer touches.
    static let spec = """
    seams: 1
    defaults: { required: true }
    inputs: [request]
    artifacts:
      brief: { about: A short brief for the writer. }
      scratch: { about: Working notes. }
      draft: { fields: { body: { type: string } } }
    concerns:
      plan: { reads: [request], writes: [brief, scratch] }
      write: { reads: [brief], writes: [draft] }
    """

    func withSpec(_ text: String, _ body: (String) throws -> Void) throws {
        let folder = try TemporaryFolder("spec-check")
        defer { folder.remove() }
        try body(try folder.write(text, to: "spec.yaml").path)
    }

    @Test func aProseArtifactTwoConcernsShareFailsTheGate() throws {
        try withSpec(Self.spec) { path in
            let run = try ProcessRunner.run(["check", path])
            #expect(run.status == 1)
            #expect(run.stdout == """
            \(path): FAILED — ≥8 open bits; fail on error
              checked as a spec: 1 artifact any cut could expose (brief)
              \(path):5:3: error: brief: What structure does this prose payload have? ≥8 bits open when a cut separates the concerns that share it [interface.prose] — Replace the prose of brief with fields: { … }, each with a type.
            seams check: FAILED — 1 document, 1 failed; 1 finding fails the gate; open: 1 error; fail on error

            """)
            let json = try ProcessRunner.run(["check", path, "--format", "json"])
            #expect(json.status == 1)
            #expect(json.stdout.contains("\"spec\": {\n        \"exposedArtifacts\": [\"brief\"]\n      },"))
            let sarif = try ProcessRunner.run(["check", path, "--format", "sarif"])
            #expect(sarif.status == 1)
            #expect(sarif.stdout.contains("\"ruleId\": \"interface.prose\""))
        }
    }

    @Test func declaringTheSharedArtifactPassesAndSaysWhatWasChecked() throws {
        let closed = Self.spec.replacingOccurrences(of: "brief: { about: A short brief for the writer. }",
                                                    with: "brief: { fields: { text: { type: string } } }")
        try withSpec(closed) { path in
            let run = try ProcessRunner.run(["check", path])
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("\(path): passed — 0 open bits; fail on error\n  checked as a spec: 1 artifact any cut could expose (brief)\n"))
        }
    }

    @Test func aDecompositionIsNotCheckedAsASpec() throws {
        let run = try ProcessRunner.run(["check", "Samples/refund-gate-closed.yaml"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("checked as a spec"))
    }

    @Test func scoreOfASpecIsUnchanged() throws {
        try withSpec(Self.spec) { path in
            let run = try ProcessRunner.run(["score", path, "--format", "json"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("\"openBits\": 0,"))
        }
    }
}
