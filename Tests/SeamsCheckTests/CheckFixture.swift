import Foundation
import SeamsAnalyzer
import SeamsWorkspace
import SeamsCheck
import SeamsModel
import SeamsTestSupport

/// Checks YAML text in memory, for tests.
enum CheckFixture {
    static var packageRoot: URL { PackageRoot.url }

    static func check(_ yaml: String, file: String = "plans/refunds.yaml", limits: GateLimits = GateLimits(),
                      config: ProjectConfig = ProjectConfig()) throws -> DocumentCheck {
        let document = try DocumentLoader().load(text: yaml, file: file)
        let score = try ScoringSession.score(document, config: config)
        return GateEvaluator.check(score, limits: limits, settings: config.check)
    }

    static func sample(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Samples/\(name)"), encoding: .utf8)
    }

    static func config(_ yaml: String) throws -> ProjectConfig { try Scoring.projectConfig(yaml) }

    /// Two modules, one interface whose payload is prose (an error) and whose clauses are open (warnings).
    static let proseInterface = """
    seams: 1
    modules: { writer: {}, reader: {} }
    interfaces:
      - from: writer
        to: reader
        payload: { prose: A summary of the findings. }
    """
}
