import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsWorkspace

/// What commands share: loading with located errors on stderr, and Seams's exit codes.
enum CommandRunner {
    /// Scores a document or an imported framework project, loaded through the workspace; bad
    /// input throws its diagnostics.
    static func score(_ options: DocumentOptions) throws(DocumentError) -> (Document, DocumentScore) {
        let loaded = try options.workspace.load(options.document)
        return (loaded.document, try loaded.score())
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        standardError(DiagnosticText.render(diagnostics))
    }

    static func printWarnings(_ warnings: [Diagnostic]) {
        for warning in warnings { standardError(DiagnosticText.render(warning)) }
    }

    /// Writes an output file atomically and never over one of `inputs`; a failure is a located
    /// diagnostic (`io.write`, `output.is-input`), which `main` maps to exit code 2.
    static func write(_ data: Data, to path: String, inputs: [String]) throws {
        try AtomicFile.write(data, to: path, inputs: inputs)
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
