import SeamsModel

/// A command that has already reported its diagnostics as it went (`check` reads every document
/// before failing) and ends with a one-line summary; `main` prints it and exits 2.
struct CommandFailure: DiagnosticConvertible {
    var diagnostics: [Diagnostic] = []
    var trailer: String?
}
