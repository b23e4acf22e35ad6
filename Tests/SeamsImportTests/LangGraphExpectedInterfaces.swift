import Foundation
import SeamsAnalyzer
import SeamsImport
import SeamsModel
import Testing

/// The interface lists written by hand beside each LangGraph and Agents SDK fixture
/// (`expected.txt`: `from -> to: field, field`), compared with what the importer and analyzer find.
enum ExpectedInterfaces {
    /// One interface as `from -> to: carried, fields` (carried artifacts and payload field names, sorted).
    static func line(from: String, to: String, carried: [String]) -> String {
        "\(from) -> \(to):" + (carried.isEmpty ? "" : " " + carried.sorted().joined(separator: ", "))
    }

    static func expected(_ folder: String) throws -> Set<String> {
        let text = try String(contentsOfFile: ImportFixture.path(folder + "/expected.txt"), encoding: .utf8)
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { line in
                let parts = line.split(separator: ":", maxSplits: 1)
                let pair = parts[0].split(separator: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                let fields = parts.count > 1 ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
                return Self.line(from: pair[0], to: pair[1], carried: fields)
            })
    }

    /// Every interface of the scored document, implied or written, with what it carries.
    static func actual(_ folder: String, from framework: Framework? = nil) throws -> Set<String> {
        let document = try ImportFixture.load(folder, from: framework)
        let score = try ImportFixture.score(document)
        return Set(score.interfaces.map { interface in
            let written = document.interfaces.first { $0.from.value == interface.from && $0.to.value == interface.to }
            var names = interface.carries
            if case .fields(let fields)? = written?.payload { names += fields.map(\.name) }
            return line(from: interface.from, to: interface.to, carried: Array(Set(names)))
        })
    }

    /// Matched, found and expected counts over every fixture folder under `root`.
    static func tally(_ root: String, from framework: Framework? = nil) throws -> (matched: Int, found: Int, expected: Int, misses: [String]) {
        let folders = try FileManager.default.contentsOfDirectory(atPath: ImportFixture.path(root)).sorted()
            .filter { FileManager.default.fileExists(atPath: ImportFixture.path("\(root)/\($0)/expected.txt")) }
        var matched = 0, found = 0, expected = 0
        var misses: [String] = []
        for folder in folders {
            let want = try Self.expected("\(root)/\(folder)")
            let got = try actual("\(root)/\(folder)", from: framework)
            matched += want.intersection(got).count
            found += got.count
            expected += want.count
            misses += want.subtracting(got).sorted().map { "\(folder): missing \($0)" }
            misses += got.subtracting(want).sorted().map { "\(folder): extra \($0)" }
        }
        return (matched, found, expected, misses)
    }

    /// Asserts every expected interface is found and nothing else, with the exact counts, and
    /// precision and recall of at least 0.95.
    static func expectConformance(_ root: String, count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let tally = try tally(root)
        #expect(tally.misses == [], sourceLocation: sourceLocation)
        #expect((tally.matched, tally.found, tally.expected) == (count, count, count), sourceLocation: sourceLocation)
        #expect(Double(tally.matched) / Double(max(tally.found, 1)) >= 0.95, "precision", sourceLocation: sourceLocation)
        #expect(Double(tally.matched) / Double(max(tally.expected, 1)) >= 0.95, "recall", sourceLocation: sourceLocation)
    }
}
