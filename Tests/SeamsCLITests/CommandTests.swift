import Foundation
import Testing
import SeamsTestSupport

@Suite("Commands")
struct CommandTests {
    @Test func noColourWhenPiped() throws {
        let run = try ProcessRunner.run(["score", "Samples/loan-approval.yaml"], noColor: false)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func rowsLimitTheTables() throws {
        let run = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--rows", "2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  … 3 more interfaces; --all lists every row, --format json gives them all"))
        let all = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--rows", "2", "--all"])
        #expect(!all.stdout.contains("more interfaces"))
    }

    @Test func explainOneInterface() throws {
        let run = try ProcessRunner.run(["explain", "Samples/loan-approval.yaml", "--interface", "intake->underwriting"])
        #expect(run.status == 0)
        #expect(run.stdout == """
        intake -> underwriting  written at Samples/loan-approval.yaml:87:5
          carries: parsed_application
          open 2.58 bits of 25.72 · coverage 90%
          2.58  field.format.time  parsed_application.submitted_at
                at Samples/loan-approval.yaml:18:7
                How is this point in time written? ISO date | ISO date-time | RFC 2822 | Unix s | Unix ms | locale text
                fix: Give submitted_at a format, e.g. format: date-time.
                shared: the producer leaves it open once for every interface that carries this payload; the totals count it once

        """)
    }

    @Test func explainOneModule() throws {
        let run = try ProcessRunner.run(["explain", "Samples/loan-approval.yaml", "--module", "review"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("review  1 concerns\n  load 1.25 of 4 · advice: keep"))  // derived: 0.5 instruction + 3 artifacts
        #expect(run.stdout.contains("  brief: 1/4, missing output, tools, boundaries\n"))
        #expect(run.stdout.contains("  load by concern:\n    1.25  human-review  (derived: 0.5 instruction + 0.75 for 3 artifacts = 1.25)\n"))
    }

    @Test func helpHasExamplesAndExitsZero() throws {
        let commands = [["--help"], ["score", "--help"], ["explain", "--help"], ["plan", "--help"], ["check", "--help"],
                        ["diff", "--help"], ["schema", "--help"], ["init", "--help"], ["render", "--help"], ["report", "--help"],
                        ["import", "metis", "--help"], ["import", "hmetis", "--help"], ["export", "hmetis", "--help"]]
        for command in commands {
            let run = try ProcessRunner.run(command)
            #expect(run.status == 0)
            #expect(run.stdout.contains("EXAMPLES"))
        }
    }
}

@Suite("init")
struct InitCommandTests {
    @Test func writesAValidStarterAndRefusesToOverwrite() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        let path = folder.appending("seams.yaml").path
        let first = try ProcessRunner.run(["init", path])
        #expect(first.status == 0)
        let score = try ProcessRunner.run(["score", path, "--format", "json"])
        #expect(score.status == 0)
        // The starter leaves exactly one decision open on purpose: draft.status's values (2 bits).
        #expect(score.stdout.contains("\"openBits\": 2,"))
        #expect(score.stdout.contains("\"id\": \"field.values\""))
        let second = try ProcessRunner.run(["init", path])
        #expect(second.status == 2)
        #expect(second.stderr == "\(path):1:1: error: the file exists — choose another name, or pass --force to overwrite it\n")
        #expect(try ProcessRunner.run(["init", path, "--force"]).status == 0)
    }

    @Test func writesAStarterSpecThatUsesTheSpecVocabulary() throws {
        let folder = try TemporaryFolder("init-spec")
        defer { folder.remove() }
        let path = folder.appending("spec.yaml").path
        let first = try ProcessRunner.run(["init", "--spec", path])
        #expect(first.status == 0)
        #expect(first.stdout == "wrote \(path); next: seams plan \(path)\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for key in ["inputs:", "load: 2", "actor: human", "gate: human", "effect: read-only", "effect: irreversible",
                    "effect: external", "role: review", "together: [[research, propose]]", "apart: [[pay, answer]]"] {
            #expect(text.contains(key), "the starter spec shows \(key)")
        }
        #expect(!text.contains("modules:"))
        // Checked as a spec: one deliberate gap (findings.confidence's range), a warning.
        let check = try ProcessRunner.run(["check", path])
        #expect(check.status == 0)
        #expect(check.stdout.contains("  checked as a spec: 7 artifacts any cut could expose (approval, call_notes, findings, policy_check, proposal, receipt, request)\n"))
        #expect(check.stdout.hasSuffix("seams check: passed — 1 document; 0 findings fail the gate; open: 1 warning; fail on error\n"))
        let plan = try ProcessRunner.run(["plan", path])
        #expect(plan.status == 0)
        // The plan keeps the constraints: research with propose, pay apart from answer.
        let groups = plan.stdout.split(separator: "\n").filter { $0.hasPrefix("    concerns: [") }
            .map { $0.dropFirst("    concerns: [".count).dropLast().split(separator: ", ").map(String.init) }
        #expect(groups.contains { $0.contains("research") && $0.contains("propose") })
        #expect(!groups.contains { $0.contains("pay") && $0.contains("answer") })
        #expect(groups.filter { $0.contains("pay") || $0.contains("answer") }.count == 2)
    }
}
