public import SeamsAnalyzer
public import Foundation

/// One output format of `seams check`: it turns a `CheckReport` into bytes. Each format is one
/// type, registered in `Reporters.all`, so adding a format is one file and one list entry; the
/// command selects by `identifier` and never switches over formats.
public protocol Reporter: Sendable {
    /// The `--format` value that selects this reporter.
    static var identifier: String { get }
    /// True when the output ends with the gate's summary line already, so the command does not
    /// repeat it on standard error.
    static var endsWithSummary: Bool { get }
    /// The report as the bytes written to standard output or `--output`.
    static func bytes(_ report: CheckReport, context: ReporterContext) -> Data
}

extension Reporter {
    public static var endsWithSummary: Bool { false }
}

/// What a reporter may need beyond the report: the catalog behind rule help, the folder paths
/// are relative to, and output limits.
public struct ReporterContext: Sendable {
    /// Where rule descriptions come from (the built-in catalog).
    public var catalog: Catalog
    /// The folder URIs are made relative to: the repository root.
    public var root: String
    /// The most SARIF results written.
    public var sarifMaxResults: Int

    public init(catalog: Catalog, root: String, sarifMaxResults: Int = SARIFReport.gitHubResultLimit) {
        self.catalog = catalog
        self.root = root
        self.sarifMaxResults = sarifMaxResults
    }
}

/// Every `seams check` format, in the order `--help` lists them.
public enum Reporters {
    public static let all: [any Reporter.Type] = [
        CheckText.self, CheckJSON.self, SARIFReport.self, JUnitReport.self, GitHubAnnotations.self, MarkdownSummary.self,
    ]

    /// The reporter whose identifier is `name`, if any.
    public static func named(_ name: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == name }
    }

    /// Every identifier, for `--format`'s help and its error message.
    public static var identifiers: [String] { all.map { $0.identifier } }
}
