public import SeamsModel

/// The whole path from a file name to a score: project file, catalog, document, analysis.
/// Commands call this one function, so `score`, `explain` and later `check` agree.
public enum ScoringSession {
    /// Scores the document at `path`; `configPath` overrides discovery of `.seams.yml` beside it.
    public static func score(path: String, configPath: String? = nil, limits: LoadLimits = .standard) throws(DocumentError) -> (Document, DocumentScore) {
        var config = ProjectConfig()
        if let file = configPath ?? ProjectConfig.discover(beside: path) {
            config = try ProjectConfig.load(path: file)
        }
        let catalog = config.applied(to: try Catalog.builtIn())
        let document = try DocumentLoader(limits: limits).load(path: path)
        return (document, Analyzer(catalog: catalog, config: config).score(document))
    }

    /// Scores a document already loaded (an imported framework project, say); `configPath` names
    /// the project file, if any.
    public static func score(document: Document, configPath: String?) throws(DocumentError) -> DocumentScore {
        var config = ProjectConfig()
        if let configPath { config = try ProjectConfig.load(path: configPath) }
        let catalog = config.applied(to: try Catalog.builtIn())
        return Analyzer(catalog: catalog, config: config).score(document)
    }
}
