/// A stable diagnostic id, `(domain, name)` in the swift-syntax manner: tools and tests match the
/// name (written in JSON and kept across releases), never the prose. Every id lives in
/// `DiagnosticID.registry` with a one-line doc, and a test checks that every id used is there.
public struct DiagnosticID: Hashable, Sendable, CustomStringConvertible {
    /// The part of Seams that raises it.
    public let domain: DiagnosticDomain
    /// The stable name, e.g. `key.unknown`.
    public let name: String
    /// What it means, in one line.
    public let summary: String

    public init(_ domain: DiagnosticDomain, _ name: String, _ summary: String) {
        self.domain = domain
        self.name = name
        self.summary = summary
    }

    public var description: String { name }

    /// The registered id with this name.
    public static func named(_ name: String) -> DiagnosticID? { registry.first { $0.name == name } }
}

/// Where a diagnostic comes from.
public enum DiagnosticDomain: String, Sendable, CaseIterable {
    /// Reading a file: size, encoding, syntax, limits.
    case io
    /// The document format: keys, types, values, references.
    case load
    /// The catalog and the project file.
    case config
    /// Agent-framework projects read as documents.
    case `import`
    /// METIS / hMETIS graph files.
    case graph
    /// The architect.
    case plan
    /// Graphviz.
    case render
    /// The CI gate: globs, baselines, git.
    case check
    /// Command-line arguments.
    case cli
}
