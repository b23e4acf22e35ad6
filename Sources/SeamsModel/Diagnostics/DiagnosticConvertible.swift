/// An error that can say what went wrong as located diagnostics, so the command line prints every
/// failure the same way and maps it to exit code 2 in one place (`main`).
public protocol DiagnosticConvertible: Error {
    var diagnostics: [Diagnostic] { get }
}

extension DocumentError: DiagnosticConvertible {}

extension AtomicFile.WriteError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [diagnostic] }
}
