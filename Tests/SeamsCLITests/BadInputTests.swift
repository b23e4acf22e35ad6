import Foundation
import Testing
import SeamsTestSupport

/// A malformed document and the one located error it must produce.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var file: String
    var bytes: [UInt8]
    var line: Int
    var column: Int
    /// The message part, between `error: ` and ` — ` (the fix).
    var message: String
    var testDescription: String { file }

    /// Writes the document into a fresh folder and runs each command on it: exit 2, nothing on
    /// standard output, and this case's located error first on standard error, never a crash.
    func expectLocatedError(running commands: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try TemporaryFolder("bad")
        defer { folder.remove() }
        let document = folder.appending(file)
        try Data(bytes).write(to: document)  // raw bytes: some cases are not UTF-8
        let path = document.path
        for command in commands {
            let run = try ProcessRunner.run([command, path])
            #expect(run.status == 2, "\(command)", sourceLocation: sourceLocation)
            #expect(run.stdout.isEmpty, "\(command)", sourceLocation: sourceLocation)
            let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("\(path):\(line):\(column): error: \(message) — "), "\(command): \(first)", sourceLocation: sourceLocation)
            #expect(!run.stderr.contains("Fatal error"), "\(command)", sourceLocation: sourceLocation)
        }
    }

    /// "Billion laughs": nine levels of nine aliases, 387 million nodes if expanded.
    static let aliasBomb: [UInt8] = {
        var lines = ["seams: 1", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }()
}

let badInputs: [BadInputCase] = [
    BadInputCase(file: "01-syntax.yaml", bytes: Array("seams: 1\nname: [unclosed\n".utf8),
                 line: 3, column: 1, message: "YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 2:7)"),
    BadInputCase(file: "02-unknown-top.yaml", bytes: Array("seams: 1\nmodulez:\n  a: {}\n".utf8),
                 line: 2, column: 1, message: "unknown key 'modulez' in the document; did you mean 'modules'?"),
    BadInputCase(file: "03-unknown-interface-key.yaml", bytes: Array("seams: 1\nmodules:\n  a: {}\n  b: {}\ninterfaces:\n  - { from: a, to: b, carrys: [x] }\n".utf8),
                 line: 6, column: 23, message: "unknown key 'carrys' in an interface; did you mean 'carries'?"),
    BadInputCase(file: "04-wrong-type-number.yaml", bytes: Array("seams: 1\nbudget: { attention: many }\n".utf8),
                 line: 2, column: 22, message: "budget.attention should be a number, found 'many'"),
    BadInputCase(file: "05-missing-version.yaml", bytes: Array("name: no-version\nmodules:\n  a: {}\n".utf8),
                 line: 1, column: 1, message: "the document does not say which format it uses"),
    BadInputCase(file: "06-unsupported-version.yaml", bytes: Array("seams: 2\nname: future\n".utf8),
                 line: 1, column: 8, message: "format version 2 is not supported"),
    BadInputCase(file: "07-dangling-module.yaml", bytes: Array("seams: 1\nmodules:\n  intake: {}\n  underwriting: {}\ninterfaces:\n  - from: intake\n    to: undrwriting\n".utf8),
                 line: 7, column: 9, message: "no module named 'undrwriting'; did you mean 'underwriting'?"),
    BadInputCase(file: "08-dangling-concern.yaml", bytes: Array("seams: 1\nconcerns:\n  parse-docs: { writes: [parsed] }\nmodules:\n  intake: { concerns: [parse-doc] }\n".utf8),
                 line: 3, column: 3, message: "concern 'parse-docs' belongs to no module"),
    BadInputCase(file: "09-doubled-concern.yaml", bytes: Array("seams: 1\nconcerns:\n  parse: {}\nmodules:\n  a: { concerns: [parse] }\n  b: { concerns: [parse] }\n".utf8),
                 line: 6, column: 19, message: "concern 'parse' is in module 'a' and again in 'b'"),
    BadInputCase(file: "10-orphan-concern.yaml", bytes: Array("seams: 1\nconcerns:\n  parse: {}\n  score: {}\nmodules:\n  a: { concerns: [parse] }\n".utf8),
                 line: 4, column: 3, message: "concern 'score' belongs to no module"),
    BadInputCase(file: "11-duplicate-key.yaml", bytes: Array("seams: 1\nname: a\nname: b\n".utf8),
                 line: 3, column: 1, message: "duplicate key 'name' in the document (first at line 2)"),
    BadInputCase(file: "12-duplicate-interface.yaml", bytes: Array("seams: 1\nmodules: { a: {}, b: {} }\ninterfaces:\n  - { from: a, to: b }\n  - { from: a, to: b }\n".utf8),
                 line: 5, column: 5, message: "a second interface a -> b (first at line 4)"),
    BadInputCase(file: "13-self-interface.yaml", bytes: Array("seams: 1\nmodules: { a: {} }\ninterfaces:\n  - { from: a, to: a }\n".utf8),
                 line: 4, column: 20, message: "the interface goes from 'a' to itself"),
    BadInputCase(file: "14-bad-field-type.yaml", bytes: Array("seams: 1\nartifacts:\n  risk:\n    fields:\n      score: { type: int }\n".utf8),
                 line: 5, column: 22, message: "type 'int' is not one of string, integer, number, boolean, array, object, null, map; did you mean 'integer'?"),
    BadInputCase(file: "15-bad-effect.yaml", bytes: Array("seams: 1\nconcerns:\n  pay: { effect: permanent }\n".utf8),
                 line: 3, column: 18, message: "effect 'permanent' is not one of none, read-only, reversible, external, irreversible"),
    BadInputCase(file: "16-bad-range.yaml", bytes: Array("seams: 1\nartifacts:\n  risk:\n    fields:\n      score: { type: number, range: [0] }\n".utf8),
                 line: 5, column: 37, message: "range should be a list of two numbers"),
    BadInputCase(file: "17-trailing-comma.json", bytes: Array("{\n  \"seams\": 1,\n  \"name\": \"x\",\n}\n".utf8),
                 line: 4, column: 1, message: "expected a quoted key"),
    BadInputCase(file: "18-latin1.yaml", bytes: Array("seams: 1\nname: caf".utf8) + [0xE9, 0x0A],
                 line: 2, column: 10, message: "byte 0xE9 is not valid UTF-8"),
    BadInputCase(file: "19-alias-bomb.yaml", bytes: BadInputCase.aliasBomb,
                 line: 6, column: 8, message: "the document expands to more than 10000 nodes; YAML aliases multiply it (an alias bomb?)"),
    BadInputCase(file: "20-too-deep.yaml", bytes: Array(("seams: 1\nname: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n").utf8),
                 line: 2, column: 70, message: "nesting is deeper than 64 levels"),
    BadInputCase(file: "21-empty.yaml", bytes: Array("# nothing here\n".utf8),
                 line: 1, column: 1, message: "the document is empty"),
    BadInputCase(file: "22-list-root.yaml", bytes: Array("- seams: 1\n".utf8),
                 line: 1, column: 1, message: "the document should be a mapping, found a list"),
    BadInputCase(file: "23-missing-to.yaml", bytes: Array("seams: 1\nmodules: { a: {} }\ninterfaces:\n  - from: a\n    carries: [x]\n".utf8),
                 line: 4, column: 5, message: "the interface has no `to`"),
    BadInputCase(file: "24-negative-weight.yaml", bytes: Array("seams: 1\nartifacts:\n  x: { weight: -3 }\n".utf8),
                 line: 3, column: 16, message: "weight '-3' is out of range: it must be from 0 to 1,000,000"),
    BadInputCase(file: "25-list-expected.yaml", bytes: Array("seams: 1\nconcerns:\n  parse: { reads: application }\n".utf8),
                 line: 3, column: 19, message: "reads should be a list, found 'application'"),
    BadInputCase(file: "26-bool-expected.yaml", bytes: Array("seams: 1\ndefaults: { required: yes }\n".utf8),
                 line: 2, column: 23, message: "defaults.required should be true or false, found 'yes'"),
    BadInputCase(file: "27-interfaces-mapping.yaml", bytes: Array("seams: 1\nmodules: { a: {} }\ninterfaces:\n  a: b\n".utf8),
                 line: 4, column: 3, message: "interfaces should be a list, found a mapping"),
    BadInputCase(file: "28-bad-type-shorthand.yaml", bytes: Array("seams: 1\nmodules: { a: {}, b: {} }\ninterfaces:\n  - from: a\n    to: b\n    payload: { fields: { note: strng } }\n".utf8),
                 line: 6, column: 32, message: "the type of 'a->b.note' 'strng' is not one of string, integer, number, boolean, array, object, null, map; did you mean 'string'?"),
    BadInputCase(file: "29-unknown-constraint-concern.yaml", bytes: Array("seams: 1\nconcerns:\n  parse: {}\nconstraints:\n  apart: [[parse, sore]]\n".utf8),
                 line: 5, column: 19, message: "no concern named 'sore'"),
    BadInputCase(file: "30-payload-empty.yaml", bytes: Array("seams: 1\nmodules: { a: {}, b: {} }\ninterfaces:\n  - from: a\n    to: b\n    payload: {}\n".utf8),
                 line: 6, column: 14, message: "the payload declares neither fields nor prose"),
]

@Suite("Bad input")
struct BadInputTests {
    @Test("exit 2 with a located error", arguments: badInputs)
    func locatedError(_ input: BadInputCase) throws {
        try input.expectLocatedError(running: ["score"])
    }

    @Test("at least 20 malformed documents")
    func suiteSize() {
        #expect(badInputs.count >= 20)
    }

    @Test("every problem of a file is reported in one run")
    func allProblemsAtOnce() throws {
        let folder = try TemporaryFolder("many")
        defer { folder.remove() }
        let path = try folder.write("seams: 1\nmodulez: {}\nconcerns:\n  a: { effect: maybe, load: -1 }\n", to: "many.yaml")
        let run = try ProcessRunner.run(["score", path.path])
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(path.path):2:1: error: unknown key 'modulez' in the document; did you mean 'modules'? — rename it to 'modules'",
            "\(path.path):4:16: error: effect 'maybe' is not one of none, read-only, reversible, external, irreversible — use one of: none, read-only, reversible, external, irreversible",
            "\(path.path):4:29: error: load '-1' is out of range: it must be from 0.01 to 1,000,000 — give the concern's share of attention, e.g. 1",
            "3 errors",
        ])
    }

    @Test("a missing file and a usage error exit 2")
    func usageErrors() throws {
        let missing = try ProcessRunner.run(["score", "no/such/file.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("no/such/file.yaml:1:1: error: no such file — "))
        let unknownOption = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--frobnicate"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("Unknown option '--frobnicate'"))
        let badFormat = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--format", "xml"])
        #expect(badFormat.status == 2)
        let badInterface = try ProcessRunner.run(["explain", "Samples/loan-approval.yaml", "--interface", "intake->nowhere"])
        #expect(badInterface.status == 2)
        #expect(badInterface.stderr.contains("no interface 'intake->nowhere'"))
    }

    @Test("a file over the size limit is refused before it is read")
    func fileSizeLimit() throws {
        let run = try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--max-file-size", "100"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Samples/loan-approval.yaml:1:1: error: the file is "))
        #expect(run.stderr.contains("over the limit of 100"))
    }
    @Test("plan --keep on a spec without modules is the located error plan.keep; a repaired plan exits 0")
    func keepNeedsAPlan() throws {
        let spec = try ProcessRunner.run(["plan", "Samples/support-automation.yaml", "--keep"])
        #expect(spec.status == 2)
        #expect(spec.stderr.hasPrefix("Samples/support-automation.yaml:1:1: error: --keep repairs a plan, but this document has no modules — "))
        let folder = try TemporaryFolder("keep")
        defer { folder.remove() }
        let path = folder.appending("plan.yaml")
        let planned = try ProcessRunner.run(["plan", "Samples/loan-approval.yaml", "-o", path.path])
        #expect(planned.status == 0)
        let repaired = try ProcessRunner.run(["plan", path.path, "--keep", "--format", "json"])
        #expect(repaired.status == 0)
        #expect(repaired.stdout.contains("\"repair\":"))
        let both = try ProcessRunner.run(["plan", path.path, "--keep", "--modules", "3"])
        #expect(both.status == 2)
    }
}
