import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel

/// What commands share: loading with located errors on stderr, and Seams's exit codes.
enum CommandRunner {
    /// Scores a document, printing every diagnostic and exiting 2 on bad input.
    static func score(_ options: DocumentOptions) throws -> (Document, DocumentScore) {
        do {
            return try ScoringSession.score(path: options.document, configPath: options.config, limits: options.limits)
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(2)
        }
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { standardError(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 1 { standardError("\(errors) errors") }
    }

    static func printWarnings(_ warnings: [Diagnostic]) {
        for warning in warnings { standardError(warning.description) }
    }

    /// A usage error: reported like argument-parser's, but exit code 2.
    static func usage(_ message: String) -> any Error {
        ValidationError(message)
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
