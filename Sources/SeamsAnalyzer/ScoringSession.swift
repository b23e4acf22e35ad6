public import SeamsModel

/// The whole path from a file name to a score: project file, catalog, document, analysis.
/// Commands call these functions, so `score`, `explain`, `check` and `diff` agree.
public enum ScoringSession {
    /// Scores the document at `path`; `configPath` overrides discovery of `.seams.yml` beside it.
    public static func score(path: String, configPath: String? = nil, limits: LoadLimits = .standard) throws(DocumentError) -> (Document, DocumentScore) {
        let config = try projectConfig(for: path, configPath: configPath)
        var document = try DocumentLoader(limits: limits).load(path: path)
        document.warnings += VocabularyCheck.warnings(in: document, vocabulary: config.vocabulary)
        return (document, try score(document, config: config))
    }

    /// The project file that applies to the document at `path`: `configPath`, else `.seams.yml`
    /// beside the document, else the defaults.
    public static func projectConfig(for path: String, configPath: String? = nil) throws(DocumentError) -> ProjectConfig {
        guard let file = configPath ?? ProjectConfig.discover(beside: path) else { return ProjectConfig() }
        return try ProjectConfig.load(path: file)
    }

    /// Scores a loaded document under a project file (documents read from memory, e.g. `git show`).
    public static func score(_ document: Document, config: ProjectConfig) throws(DocumentError) -> DocumentScore {
        let catalog = config.applied(to: try Catalog.builtIn())
        return Analyzer(catalog: catalog, config: config).score(document)
    }
}
