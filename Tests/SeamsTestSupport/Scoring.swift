public import SeamsAnalyzer
public import SeamsWorkspace
public import SeamsModel
import Foundation

/// Loading and scoring for tests, with the built-in catalog and an optional project file.
public enum Scoring {
    /// Scores YAML text.
    public static func score(_ yaml: String, file: String = "test.yaml", config: ProjectConfig = ProjectConfig()) throws -> DocumentScore {
        try score(try DocumentLoader().load(text: yaml, file: file), config: config)
    }

    /// Scores a loaded document.
    public static func score(_ document: Document, config: ProjectConfig = ProjectConfig()) throws -> DocumentScore {
        try ScoringSession.score(document, config: config)
    }

    /// A project file written from YAML text to a temporary file and read back.
    public static func projectConfig(_ yaml: String) throws -> ProjectConfig {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seams-config-\(UUID().uuidString).yml")
        try Data(yaml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ProjectConfig.load(path: url.path)
    }
}
