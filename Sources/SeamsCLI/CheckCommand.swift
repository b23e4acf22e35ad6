import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsCheck
import SeamsModel
import SeamsReports
import SeamsWorkspace

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail CI when interfaces are ambiguous: thresholds, severities, a baseline; text, JSON, SARIF, JUnit, GitHub, Markdown.",
        discussion: """
        Scores each document and checks it against its gate. A finding fails the gate when its \
        severity reaches --fail-on (default: error). Severities come from the catalog — undeclared \
        and prose payloads are errors, their bits a lower bound; the rest are warnings — and the \
        project's .seams.yml may change them and set the thresholds under `check:`, so CI needs no \
        flags. Flags win over the project file. Exceeding a threshold is an error.

        With --baseline, only findings that are new or whose bits grew fail the gate; baseline \
        entries nothing matches any more are reported. Findings are matched by document, \
        interface, rule and subject, never by line.

        EXIT CODES
          0  passed    1  the gate failed    2  usage error, or a document, project file or baseline that cannot be read

        EXAMPLES
          seams check Samples/refund-gate-closed.yaml
          seams check 'plans/**/*.yaml' --max-interface-bits 4 --fail-on warning
          seams check 'plans/*.yaml' --format sarif --output seams.sarif
          seams check 'plans/*.yaml' --write-baseline .seams-baseline.json
          seams check 'plans/*.yaml' --baseline .seams-baseline.json --format github
        """
    )

    @Argument(help: ArgumentHelp("Documents or quoted glob patterns ('plans/**/*.yaml').", valueName: "doc"))
    var documents: [String]

    @Option(name: .long, help: ArgumentHelp("Project file for every document (default: .seams.yml beside each).", valueName: "file"))
    var config: String?

    @OptionGroup var source: FrameworkOption

    @Option(name: .long, help: ArgumentHelp("Most results in SARIF output (GitHub code scanning accepts 25,000 per run); the gate's failures are kept first.", valueName: "n"))
    var sarifMaxResults: Int = SARIFReport.gitHubResultLimit

    @Option(name: .long, help: ArgumentHelp("Most open bits one document may leave.", valueName: "bits"))
    var maxOpenBits: Double?

    @Option(name: .long, help: ArgumentHelp("Most open bits one interface may leave.", valueName: "bits"))
    var maxInterfaceBits: Double?

    @Option(name: .long, help: "Lowest severity that fails the gate: error or warning (default: the project's, else error).")
    var failOn: GateSeverity?

    @Option(name: .long, help: "Output format: \(CheckFormat.allValueStrings.dropLast().joined(separator: ", ")) or \(CheckFormat.allValueStrings.last ?? "").")
    var format: CheckFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Fail only on findings new since this baseline, or grown.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record every current finding in this baseline file and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp("Largest document or baseline read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = LoadLimits.standard.maxFileBytes

    func validate() throws {
        if documents.isEmpty { throw ValidationError("Name at least one document, e.g. seams check Samples/refund-gate-closed.yaml.") }
        if baseline != nil && writeBaseline != nil { throw ValidationError("Give --baseline or --write-baseline, not both.") }
        try NumberRange.bits.validate(maxOpenBits, option: "--max-open-bits")
        try NumberRange.bits.validate(maxInterfaceBits, option: "--max-interface-bits")
        try NumberRange.count.validate(sarifMaxResults, option: "--sarif-max-results")
        try NumberRange.fileSize.validate(maxFileSize, option: "--max-file-size")
    }

    func run() throws {
        let paths = try DocumentGlob.expand(documents)
        let flags = GateLimits.Flags(maxOpenBits: maxOpenBits, maxInterfaceBits: maxInterfaceBits, failOn: failOn?.value)
        var checks: [DocumentCheck] = []
        var unreadable = 0
        for path in paths {
            do {
                let loaded = try workspace.load(path)
                CommandRunner.printWarnings(loaded.document.warnings)
                let project = loaded.project
                checks.append(GateEvaluator.check(try loaded.score(), limits: GateLimits.resolve(flags: flags, project: project.check),
                                                  settings: project.check, imported: loaded.document.warnings))
            } catch {
                CommandRunner.printDiagnostics(error.diagnostics)
                unreadable += 1
            }
        }
        if unreadable > 0 {
            throw CommandFailure(trailer: "seams check: \(unreadable) of \(paths.count) document\(paths.count == 1 ? "" : "s") "
                                 + "could not be read; nothing was checked")
        }

        if let writeBaseline {
            let directory = (RelativePath.absolute(writeBaseline) as NSString).deletingLastPathComponent
            let recorded = Baseline(recording: checks, relativeTo: directory)
            try CommandRunner.write(Data(recorded.json.renderedBytes()), to: writeBaseline, inputs: inputs(paths))
            print("seams check: wrote \(writeBaseline) with \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") "
                  + "of \(paths.count) document\(paths.count == 1 ? "" : "s")")
            return
        }

        var report = CheckReport(documents: checks)
        if let baseline {
            let known: Baseline
            known = try Baseline.read(path: baseline, limits: LoadLimits(maxFileBytes: maxFileSize))
            let directory = (RelativePath.absolute(baseline) as NSString).deletingLastPathComponent
            report.staleEntries = known.compare(&report.documents, relativeTo: directory)
            report.baselineFile = baseline
        }

        let context = ReporterContext(catalog: try Catalog.builtIn(), root: RelativePath.repositoryRoot(), sarifMaxResults: sarifMaxResults)
        let rendered = format.reporter.bytes(report, context: context)
        if let output {
            try CommandRunner.write(rendered, to: output, inputs: inputs(paths))
            print(report.summary)
        } else {
            FileHandle.standardOutput.write(rendered)
            // Formats that end with the summary already carry it; the others keep stdout parseable.
            if !format.reporter.endsWithSummary { CommandRunner.standardError(report.summary) }
        }
        if !report.passed { throw ExitCode(1) }
    }

    /// How this run reads each document: `--from`, `--config`, `--max-file-size`.
    private var workspace: Workspace {
        Workspace(framework: source.framework, configPath: config, limits: LoadLimits(maxFileBytes: maxFileSize))
    }

    /// Every file this run reads: documents, project files and the baseline.
    private func inputs(_ paths: [String]) -> [String] {
        paths.flatMap { workspace.inputFiles(of: $0) } + [baseline].compactMap { $0 }
    }
}

/// `--format` of `check`: one of the registered reporters, selected by its identifier.
struct CheckFormat: ExpressibleByArgument {
    let reporter: any Reporter.Type

    static let text = CheckFormat(reporter: CheckText.self)

    init(reporter: any Reporter.Type) { self.reporter = reporter }

    init?(argument: String) {
        guard let reporter = Reporters.named(argument) else { return nil }
        self.reporter = reporter
    }

    var defaultValueDescription: String { reporter.identifier }

    static var allValueStrings: [String] { Reporters.identifiers }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--fail-on`'s values, mapped to the analyzer's `FailOn`.
enum GateSeverity: String, ExpressibleByArgument, CaseIterable {
    case error, warning

    var value: FailOn { self == .error ? .error : .warning }
}
