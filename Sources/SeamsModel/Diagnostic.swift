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
    /// The name the author probably meant (did-you-mean), as data; the formatter words it.
    public var suggestion: String?
    /// Secondary locations ("first at line 4").
    public var notes: [DiagnosticNote]

    public init(id: String, severity: Severity = .error, location: SourceLocation, message: String, fix: String,
                suggestion: String? = nil, notes: [DiagnosticNote] = []) {
        self.id = id
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
        self.suggestion = suggestion
        self.notes = notes
    }

    /// A diagnostic with a registered id.
    public init(_ id: DiagnosticID, severity: Severity = .error, location: SourceLocation, message: String, fix: String,
                suggestion: String? = nil, notes: [DiagnosticNote] = []) {
        self.init(id: id.name, severity: severity, location: location, message: message, fix: fix, suggestion: suggestion, notes: notes)
    }

    /// `file:line:col: error: what — how to fix`, the one format every Seams error uses (`DiagnosticText`).
    public var description: String { DiagnosticText.render(self) }
}

/// The typed error of loading: every problem found in one pass, sorted by location.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    public var description: String { diagnostics.map(DiagnosticText.render).joined(separator: "\n") }
}
