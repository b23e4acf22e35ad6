/// How serious a diagnostic is: errors stop a command, warnings are reported and ignored.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One located problem in an input, with a stable id for tools and a fix for people.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier such as `key.unknown`, so tests and tools need not match prose.
    public var id: String
    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong.
    public var message: String
    /// How to fix it, written as an instruction.
    public var fix: String

    public init(id: String, severity: Severity = .error, location: SourceLocation, message: String, fix: String) {
        self.id = id
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// `file:line:col: error: what — how to fix`, the one format every Seams error uses.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) — \(fix)"
    }
}

/// The typed error of loading: every problem found in one pass, sorted by location.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
