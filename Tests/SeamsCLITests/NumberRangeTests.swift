import SeamsTestSupport
import Foundation
import Testing

/// Documents with one number out of its documented range, and the one error each must produce.
let numberRangeCases: [BadInputCase] = [
    BadInputCase(file: "attention-1e20.yaml", bytes: Array("seams: 1\nbudget: { attention: 1e20 }\n".utf8), line: 2, column: 22,
                 message: "budget.attention '1e20' is out of range: it must be from 0.01 to 1,000,000"),
    BadInputCase(file: "attention-0.yaml", bytes: Array("seams: 1\nbudget: { attention: 0 }\n".utf8), line: 2, column: 22,
                 message: "budget.attention '0' is out of range: it must be from 0.01 to 1,000,000"),
    BadInputCase(file: "modules-2-63.yaml", bytes: Array("seams: 1\nbudget: { modules: 9223372036854775808 }\n".utf8), line: 2, column: 20,
                 message: "budget.modules '9223372036854775808' is out of range: it must be from 1 to 100,000"),
    BadInputCase(file: "modules-1e6.yaml", bytes: Array("seams: 1\nbudget: { modules: 1000000 }\n".utf8), line: 2, column: 20,
                 message: "budget.modules '1000000' is out of range: it must be from 1 to 100,000"),
    BadInputCase(file: "weight-1e308.yaml", bytes: Array("seams: 1\nartifacts:\n  x: { weight: 1e308 }\n".utf8), line: 3, column: 16,
                 message: "weight '1e308' is out of range: it must be from 0 to 1,000,000"),
    BadInputCase(file: "weight-nan.yaml", bytes: Array("seams: 1\nartifacts:\n  x: { weight: nan }\n".utf8), line: 3, column: 16,
                 message: "weight 'nan' is not a finite number"),
    BadInputCase(file: "load-inf.yaml", bytes: Array("seams: 1\nconcerns:\n  a: { load: inf }\n".utf8), line: 3, column: 14,
                 message: "load 'inf' is not a finite number"),
    BadInputCase(file: "load-1e17.yaml", bytes: Array("seams: 1\nconcerns:\n  a: { load: 1e17 }\n".utf8), line: 3, column: 14,
                 message: "load '1e17' is out of range: it must be from 0.01 to 1,000,000"),
    BadInputCase(file: "tau-1e300.yaml", bytes: Array("seams: 1\npolicy: { isolate-max-open-bits: 1e300 }\n".utf8), line: 2, column: 34,
                 message: "policy.isolate-max-open-bits '1e300' is out of range: it must be from 0 to 1,000,000"),
    BadInputCase(file: "rho-0-5.yaml", bytes: Array("seams: 1\npolicy: { share-context-ratio: -0.5 }\n".utf8), line: 2, column: 32,
                 message: "policy.share-context-ratio '-0.5' is out of range: it must be from 0 to 1,000,000"),
    BadInputCase(file: "range-bound-1e300.yaml",
                 bytes: Array("seams: 1\nartifacts:\n  x: { fields: { score: { type: number, range: [0, 1e300] } } }\n".utf8), line: 3, column: 52,
                 message: "a bound of range '1e300' is out of range: it must be from -1,000,000,000,000,000 to 1,000,000,000,000,000"),
]

@Suite("Number ranges")
struct NumberRangeTests {
    private func temporaryFolder() throws -> URL { try TemporaryFolder("numbers").url }

    @Test("a number out of its range is a located error, exit 2", arguments: numberRangeCases)
    func outOfRange(_ input: BadInputCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(input.file).path
        try Data(input.bytes).write(to: URL(fileURLWithPath: path))
        for command in ["score", "plan"] {
            let run = try ProcessRunner.run([command, path])
            #expect(run.status == 2, "\(command)")
            #expect(run.stdout.isEmpty)
            let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("\(path):\(input.line):\(input.column): error: \(input.message) — "), "\(command): \(first)")
        }
    }

    @Test("the project file's numbers are checked too")
    func projectFileRanges() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent(".seams.yml").path
        try Data("seams: 1\nbudget: { attention: 1e18 }\ncheck: { max-open-bits: 1e400 }\ncatalog:\n  alternatives: {}\n".utf8)
            .write(to: URL(fileURLWithPath: config))
        let run = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--config", config])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").map(String.init) == [
            "\(config):2:22: error: budget.attention '1e18' is out of range: it must be from 0.01 to 1,000,000 — give the most load one module may carry, e.g. 4",
            "\(config):3:25: error: check.max-open-bits '1e400' is not a finite number — write a plain number such as 4 or 2.5",
            "2 errors",
        ])
    }

    @Test("the largest accepted numbers score, plan, and the plan scores again", .timeLimit(.minutes(1)))
    func largestAcceptedNumbersRoundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml").path
        try Data("""
        seams: 1
        budget: { attention: 1000000 }
        policy: { isolate-max-open-bits: 1000000, share-context-ratio: 1000000 }
        artifacts:
          a: { weight: 1000000, fields: { level: { type: number, range: [-1000000000000000, 1000000000000000] } } }
          b: { weight: 0.001 }
        concerns:
          one: { writes: [a], load: 1000000 }
          two: { reads: [a], writes: [b], load: 0.01, effect: irreversible, gate: human }
          three: { reads: [a, b], load: 999999.99 }

        """.utf8).write(to: URL(fileURLWithPath: spec))
        let score = try ProcessRunner.run(["score", spec, "--format", "json"])
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"attention\": 1000000"))
        let plan = folder.appendingPathComponent("plan.yaml").path
        let planned = try ProcessRunner.run(["plan", spec, "-o", plan])
        #expect(planned.status == 0, "\(planned.stderr)")
        let again = try ProcessRunner.run(["score", plan])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("numeric options have the same ranges", arguments: [
        (["plan", "Samples/meeting-notes.yaml", "--budget", "inf"], "--budget inf is out of range: it must be from 0.01 to 1,000,000."),
        (["plan", "Samples/meeting-notes.yaml", "--budget", "1e17"], "--budget 1e+17 is out of range: it must be from 0.01 to 1,000,000."),
        (["plan", "Samples/meeting-notes.yaml", "--budget", "nan"], "--budget nan is out of range: it must be from 0.01 to 1,000,000."),
        (["plan", "Samples/meeting-notes.yaml", "--modules", "0"], "--modules 0 is out of range: it must be from 1 to 100,000."),
        (["plan", "Samples/meeting-notes.yaml", "--modules", "1000000"], "--modules 1,000,000 is out of range: it must be from 1 to 100,000."),
        (["score", "Samples/meeting-notes.yaml", "--rows", "0"], "--rows 0 is out of range: it must be from 1 to 1,000,000,000."),
        (["score", "Samples/meeting-notes.yaml", "--max-file-size=0"], "--max-file-size 0 is out of range: it must be from 1 to 1,099,511,627,776."),
        (["check", "Samples/meeting-notes.yaml", "--sarif-max-results", "0"], "--sarif-max-results 0 is out of range: it must be from 1 to 1,000,000,000."),
        (["check", "Samples/meeting-notes.yaml", "--max-interface-bits", "1e300"],
         "--max-interface-bits 1e+300 is out of range: it must be from 0 to 1,000,000."),
    ])
    func optionRanges(arguments: [String], message: String) throws {
        let run = try ProcessRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "<arguments>:1:1: error: \(message) — see the command's usage with --help\n")
    }
}
