import SeamsTestSupport
import Foundation
import Testing

extension BadInputCase {
    /// A `seams: 1` document whose number `subject` (`key 'value'`, as the error names it) lies
    /// outside `range`; the file is named after the subject.
    static func outOfRange(_ yaml: String, at line: Int, _ column: Int, _ subject: String, _ range: String) -> BadInputCase {
        numberCase(yaml, at: line, column, subject, "is out of range: it must be from \(range)")
    }

    /// A `seams: 1` document whose number `subject` is NaN or infinite.
    static func notFinite(_ yaml: String, at line: Int, _ column: Int, _ subject: String) -> BadInputCase {
        numberCase(yaml, at: line, column, subject, "is not a finite number")
    }

    private static func numberCase(_ yaml: String, at line: Int, _ column: Int, _ subject: String, _ problem: String) -> BadInputCase {
        let file = subject.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " ", with: "-") + ".yaml"
        return BadInputCase(file: file, bytes: Array("seams: 1\n\(yaml)\n".utf8), line: line, column: column, message: "\(subject) \(problem)")
    }
}

/// Documents with one number out of its documented range, and the one error each must produce.
let numberRangeCases: [BadInputCase] = [
    .outOfRange("budget: { attention: 1e20 }", at: 2, 22, "budget.attention '1e20'", "0.01 to 1,000,000"),
    .outOfRange("budget: { attention: 0 }", at: 2, 22, "budget.attention '0'", "0.01 to 1,000,000"),
    .outOfRange("budget: { modules: 9223372036854775808 }", at: 2, 20, "budget.modules '9223372036854775808'", "1 to 100,000"),
    .outOfRange("budget: { modules: 1000000 }", at: 2, 20, "budget.modules '1000000'", "1 to 100,000"),
    .outOfRange("artifacts:\n  x: { weight: 1e308 }", at: 3, 16, "weight '1e308'", "0 to 1,000,000"),
    .notFinite("artifacts:\n  x: { weight: nan }", at: 3, 16, "weight 'nan'"),
    .notFinite("concerns:\n  a: { load: inf }", at: 3, 14, "load 'inf'"),
    .outOfRange("concerns:\n  a: { load: 1e17 }", at: 3, 14, "load '1e17'", "0.01 to 1,000,000"),
    .outOfRange("policy: { isolate-max-open-bits: 1e300 }", at: 2, 34, "policy.isolate-max-open-bits '1e300'", "0 to 1,000,000"),
    .outOfRange("policy: { share-context-ratio: -0.5 }", at: 2, 32, "policy.share-context-ratio '-0.5'", "0 to 1,000,000"),
    .outOfRange("artifacts:\n  x: { fields: { score: { type: number, range: [0, 1e300] } } }", at: 3, 52,
                "a bound of range '1e300'", "-1,000,000,000,000,000 to 1,000,000,000,000,000"),
]

@Suite("Number ranges")
struct NumberRangeTests {
    @Test("a number out of its range is a located error, exit 2", arguments: numberRangeCases)
    func outOfRange(_ input: BadInputCase) throws {
        try input.expectLocatedError(running: ["score", "plan"])
    }

    @Test("the project file's numbers are checked too")
    func projectFileRanges() throws {
        let folder = try TemporaryFolder("numbers")
        defer { folder.remove() }
        let config = folder.appending(".seams.yml").path
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
        let folder = try TemporaryFolder("numbers")
        defer { folder.remove() }
        let spec = folder.appending("spec.yaml").path
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
        let plan = folder.appending("plan.yaml").path
        let planned = try ProcessRunner.run(["plan", spec, "-o", plan])
        #expect(planned.status == 0, "\(planned.stderr)")
        let again = try ProcessRunner.run(["score", plan])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("numeric options have the same ranges", arguments: [
        (["plan", "Samples/meeting-notes.yaml", "--budget", "inf"], "--budget inf", "0.01 to 1,000,000"),
        (["plan", "Samples/meeting-notes.yaml", "--budget", "1e17"], "--budget 1e+17", "0.01 to 1,000,000"),
        (["plan", "Samples/meeting-notes.yaml", "--budget", "nan"], "--budget nan", "0.01 to 1,000,000"),
        (["plan", "Samples/meeting-notes.yaml", "--modules", "0"], "--modules 0", "1 to 100,000"),
        (["plan", "Samples/meeting-notes.yaml", "--modules", "1000000"], "--modules 1,000,000", "1 to 100,000"),
        (["score", "Samples/meeting-notes.yaml", "--rows", "0"], "--rows 0", "1 to 1,000,000,000"),
        (["score", "Samples/meeting-notes.yaml", "--max-file-size=0"], "--max-file-size 0", "1 to 1,099,511,627,776"),
        (["check", "Samples/meeting-notes.yaml", "--sarif-max-results", "0"], "--sarif-max-results 0", "1 to 1,000,000,000"),
        (["check", "Samples/meeting-notes.yaml", "--max-interface-bits", "1e300"], "--max-interface-bits 1e+300", "0 to 1,000,000"),
        (["check", "Samples/refund-gate-closed.yaml", "--max-open-bits=-1"], "--max-open-bits -1", "0 to 1,000,000"),
    ])
    func optionRanges(arguments: [String], option: String, range: String) throws {
        let run = try ProcessRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "<arguments>:1:1: error: \(option) is out of range: it must be from \(range). — see the command's usage with --help\n")
    }
}
