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
            let (document, project) = try load(options.document, framework: options.framework, configPath: options.config,
                                               limits: options.limits)
            return (document, try ScoringSession.score(document, config: project))
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(2)
        }
    }

    /// Loads a Seams document or a framework project (detected, or forced with `framework`) and
    /// the project file that applies to it: `configPath`, else `.seams.yml` beside the document or
    /// inside the project folder.
    static func load(_ path: String, framework: Framework?, configPath: String?, limits: LoadLimits) throws(DocumentError) -> (Document, ProjectConfig) {
        var document = try FrameworkImport.load(path: path, from: framework, limits: limits)
        let beside = document.file.hasSuffix("/") || isDirectory(document.file) ? document.file + "/.seams.yml" : document.file
        let project = try ScoringSession.projectConfig(for: beside, configPath: configPath)
        document.warnings += VocabularyCheck.warnings(in: document, vocabulary: project.vocabulary)
        return (document, project)
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

    /// Writes an output file atomically and never over one of `inputs`; a failure is a located error, exit 2.
    static func write(_ data: Data, to path: String, inputs: [String]) throws {
        do {
            try AtomicFile.write(data, to: path, inputs: inputs)
        } catch {
            printDiagnostics([error.diagnostic])
            throw ExitCode(2)
        }
    }

    /// A usage error: reported like argument-parser's, but exit code 2.
    static func usage(_ message: String) -> any Error {
        ValidationError(message)
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
