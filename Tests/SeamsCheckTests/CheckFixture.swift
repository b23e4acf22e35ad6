import Foundation
import SeamsAnalyzer
import SeamsCheck
import SeamsModel

/// Checks YAML text in memory, for tests.
enum CheckFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func check(_ yaml: String, file: String = "plans/refunds.yaml", limits: GateLimits = GateLimits(),
                      config: ProjectConfig = ProjectConfig()) throws -> DocumentCheck {
        let document = try DocumentLoader().load(text: yaml, file: file)
        let score = try ScoringSession.score(document, config: config)
        return GateEvaluator.check(score, limits: limits, settings: config.check)
    }

    static func sample(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Samples/\(name)"), encoding: .utf8)
    }

    static func config(_ yaml: String) throws -> ProjectConfig {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seams-check-config-\(UUID().uuidString).yml")
        try Data(yaml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ProjectConfig.load(path: url.path)
    }

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
