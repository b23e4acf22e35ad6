public import SeamsAnalyzer
public import SeamsImport
public import SeamsModel
import Foundation

/// The one way a command turns a path into what it scores: a `seams: 1` document or an agent
/// framework's project (detected, or forced with `--from`), the project file that applies to it
/// (found once, by one rule), and the vocabulary warnings that project file implies.
///
/// Every command loads through here, so `score`, `plan`, `check`, `diff` and the diagrams read
/// the same input the same way.
public struct Workspace: Sendable {
    /// The framework `--from` names; nil detects it from the files.
    public var framework: Framework?
    /// `--config`: the project file for every document; nil discovers `.seams.yml`.
    public var configPath: String?
    public var limits: LoadLimits
    /// `seams plan --keep`: the edited plan may list concerns no module holds yet (the repair places them).
    public var allowsUnplacedConcerns = false

    public init(framework: Framework? = nil, configPath: String? = nil, limits: LoadLimits = .standard) {
        self.framework = framework
        self.configPath = configPath
        self.limits = limits
    }

    /// Loads the document or framework project at `path` under the project file that applies to
    /// it, or under `project` when the caller has chosen one (both sides of a diff).
    public func load(_ path: String, project: ProjectConfig? = nil) throws(DocumentError) -> WorkspaceDocument {
        let document = try FrameworkImport.load(path: path, from: framework, limits: limits,
                                                allowsUnplacedConcerns: allowsUnplacedConcerns)
        if let project { return WorkspaceDocument(document, project: project) }
        return WorkspaceDocument(document, project: try projectConfig(for: document.file))
    }

    /// A document read from text rather than a file (its version at a git revision), under `project`.
    public func load(text: String, file: String, project: ProjectConfig) throws(DocumentError) -> WorkspaceDocument {
        WorkspaceDocument(try DocumentLoader(limits: limits).load(text: text, file: file), project: project)
    }

    /// The project file for the document or project folder at `path`: `--config`, else
    /// `.seams.yml` beside the document or inside the folder, else the defaults.
    public func projectConfig(for path: String) throws(DocumentError) -> ProjectConfig {
        guard let file = configPath ?? Self.discoverProjectFile(for: path) else { return ProjectConfig() }
        return try ProjectConfig.load(path: file)
    }

    /// The project file of a command that reads no document (`seams rules`): `--config`, else the defaults.
    public func projectConfig() throws(DocumentError) -> ProjectConfig {
        guard let configPath else { return ProjectConfig() }
        return try ProjectConfig.load(path: configPath)
    }

    /// The `.seams.yml` that applies to `path` without `--config`: inside a project folder,
    /// beside a file.
    public static func discoverProjectFile(for path: String) -> String? {
        let folder = path.hasSuffix("/") || FileManager.default.isFolder(atPath: path)
        return ProjectConfig.discover(beside: folder ? (path as NSString).appendingPathComponent(ProjectConfig.fileName) : path)
    }

    /// The files a command reads for `path` (the document and every project file that may apply),
    /// which no output may replace.
    public func inputFiles(of path: String) -> [String] {
        [path, configPath, ProjectConfig.discover(beside: path),
         ProjectConfig.discover(beside: (path as NSString).appendingPathComponent(ProjectConfig.fileName))].compactMap { $0 }
    }
}

/// A loaded document and the project file it is scored under.
public struct WorkspaceDocument: Sendable {
    /// The document, with the warnings of its loader and of the project's vocabulary.
    public var document: Document
    public var project: ProjectConfig

    public init(_ document: Document, project: ProjectConfig) {
        var document = document
        document.warnings += VocabularyCheck.warnings(in: document, vocabulary: project.vocabulary)
        self.document = document
        self.project = project
    }

    /// The analyzer this document's project file sets up: its catalog changes, policy and budget.
    public func analyzer() throws(DocumentError) -> Analyzer {
        try ScoringSession.analyzer(for: project)
    }

    /// The document's score under its project file.
    public func score() throws(DocumentError) -> DocumentScore {
        try analyzer().score(document)
    }
}
