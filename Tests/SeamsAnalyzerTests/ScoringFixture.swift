import Foundation
import SeamsAnalyzer
import SeamsModel

/// Scores YAML text with the built-in catalog, for tests.
enum ScoringFixture {
    static func score(_ yaml: String, file: String = "test.yaml", config: ProjectConfig = ProjectConfig()) throws -> DocumentScore {
        let document = try DocumentLoader().load(text: yaml, file: file)
        return Analyzer(catalog: config.applied(to: try Catalog.builtIn()), config: config).score(document)
    }

    /// A two-module hand-written decomposition whose one interface a->b has closed clauses and
    /// carries the given payload lines (indented under `fields:`), so only field decisions remain.
    static func payload(_ fieldLines: String, defaults: Bool = true) -> String {
        """
        seams: 1
        \(defaults ? "defaults: { required: true }" : "name: no-defaults")
        modules: { a: {}, b: {} }
        interfaces:
          - from: a
            to: b
            on-error: fail
            done: schema-valid
            payload:
              fields:
        \(fieldLines.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
        """
    }

    /// The interface a->b with the given extra lines (clauses, payload) in its entry.
    static func interface(_ lines: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        modules: { a: {}, b: {} }
        interfaces:
          - from: a
            to: b
        \(lines.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """
    }
}

extension DocumentScore {
    /// Every open decision with this id.
    func decisions(_ id: String) -> [OpenDecision] { allDecisions.filter { $0.id == id } }
}
