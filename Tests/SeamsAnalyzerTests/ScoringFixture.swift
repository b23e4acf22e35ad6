import Foundation
import SeamsAnalyzer
import SeamsWorkspace
import SeamsModel
import SeamsTestSupport

/// Scores YAML text with the built-in catalog, for tests.
enum ScoringFixture {
    static func score(_ yaml: String, file: String = "test.yaml", config: ProjectConfig = ProjectConfig()) throws -> DocumentScore {
        try Scoring.score(yaml, file: file, config: config)
    }

    /// A two-module decomposition whose interface a->b carries the given field lines (see `RuleExample`).
    static func payload(_ fieldLines: String, defaults: Bool = true) -> String {
        RuleExample.payloadDocument(fieldLines, defaults: defaults)
    }

    /// The interface a->b with the given extra lines (clauses, payload) in its entry.
    static func interface(_ lines: String) -> String { RuleExample.interfaceDocument(lines) }
}

extension DocumentScore {
    /// Every open decision with this id.
    func decisions(_ id: String) -> [OpenDecision] { allDecisions.filter { $0.id == id } }
}
