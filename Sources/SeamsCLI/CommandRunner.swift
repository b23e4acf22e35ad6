import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsImport
import SeamsModel

/// What commands share: loading with located errors on stderr, and Seams's exit codes.
enum CommandRunner {
    /// Scores a document or an imported framework project, printing every diagnostic and exiting 2 on bad input.
    static func score(_ options: DocumentOptions) throws -> (Document, DocumentScore) {
        do {
            let document = try FrameworkImport.load(path: options.document, from: options.framework, limits: options.limits)
            // The project file sits beside a document, or inside a project folder.
            let beside = document.file.hasSuffix("/") || isDirectory(document.file) ? document.file + "/.seams.yml" : document.file
            let configPath = options.config ?? ProjectConfig.discover(beside: beside)
            return (document, try ScoringSession.score(document: document, configPath: configPath))
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(2)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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
