import Foundation
import SeamsAnalyzer
import SeamsImport
import SeamsModel
import SeamsTestSupport
import Testing

/// Paths of the importer fixtures and a scorer with the built-in catalog. A fixture with a `base` file
/// is imported as its whole project (`FixtureProject`).
enum ImportFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    static func load(_ relative: String, from framework: Framework? = nil) throws -> Document {
        try FixtureProject.withProject(at: path(relative)) { try FrameworkImport.load(path: $0, from: framework) }
    }

    static func score(_ document: Document) throws -> DocumentScore { try Scoring.score(document) }

    /// The diagnostics importing `relative` throws; none, and a recorded issue, when it imports.
    static func loadErrors(_ relative: String, from framework: Framework? = nil,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            _ = try load(relative, from: framework)
            Issue.record("\(relative) imported, but it should be an error", sourceLocation: sourceLocation)
            return []
        } catch let error as DocumentError {
            return error.diagnostics
        } catch {
            Issue.record("\(relative): \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Diagnostics as `id file-name:line:column`.
    static func located(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id) \(short($0.location))" }
    }

    /// Open bits per interface name, rounded to 2 decimals as every report shows them.
    static func openBits(_ score: DocumentScore) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: score.interfaces.map { ($0.name, ($0.openBits * 100).rounded() / 100) })
    }

    /// A location as `file-name:line:column`, independent of where the package is checked out.
    static func short(_ location: SeamsModel.SourceLocation) -> String {
        "\((location.file as NSString).lastPathComponent):\(location.line):\(location.column)"
    }
}
