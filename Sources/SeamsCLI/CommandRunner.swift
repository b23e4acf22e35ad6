import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsImport
import SeamsModel

/// What commands share: loading with located errors on stderr, and Seams's exit codes.
enum CommandRunner {
    /// Scores a document or an imported framework project; bad input throws its diagnostics.
    static func score(_ options: DocumentOptions) throws(DocumentError) -> (Document, DocumentScore) {
        let (document, project) = try load(options.document, framework: options.framework, configPath: options.config,
                                           limits: options.limits)
        return (document, try ScoringSession.score(document, config: project))
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
