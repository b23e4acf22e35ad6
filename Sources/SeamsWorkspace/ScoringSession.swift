public import SeamsAnalyzer
public import SeamsModel

/// Scoring under a project file, for callers that hold a document already (tests, documents
/// read from memory). Commands load through `Workspace`, which ends here too.
public enum ScoringSession {
    /// Scores a loaded document under a project file.
    public static func score(_ document: Document, config: ProjectConfig) throws(DocumentError) -> DocumentScore {
        try analyzer(for: config).score(document)
    }

    /// The analyzer a project file sets up: the built-in catalog with its changes, its policy and budget.
    public static func analyzer(for config: ProjectConfig) throws(DocumentError) -> Analyzer {
        Analyzer(catalog: config.applied(to: try Catalog.builtIn()), settings: config.scoringSettings)
    }
}
