/// The one formatter of diagnostics: `file:line:col: severity: what[; did you mean 'x'?] — fix`,
/// then each note as `file:line:col: note: …`, and a count when more than one error was found.
public enum DiagnosticText {
    /// One diagnostic with its notes.
    public static func render(_ diagnostic: Diagnostic) -> String {
        let suggestion = diagnostic.suggestion.map { "; did you mean '\($0)'?" } ?? ""
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\(suggestion) — \(diagnostic.fix)"
        for note in diagnostic.notes { text += "\n\(note.location): note: \(note.message)" }
        return text
    }

    /// Every diagnostic, one per line, then `N errors` when there are two or more.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var lines = diagnostics.map(render)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 1 { lines.append("\(errors) errors") }
        return lines.joined(separator: "\n")
    }
}
