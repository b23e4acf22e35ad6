import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsRender
import SeamsReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the Markdown, HTML and JSON reports of a document into a folder.",
        discussion: """
        Writes, for DOC named NAME.yaml:
          NAME.report.md    Markdown for a pull-request comment or a CI job summary (tables capped at 25 rows)
          NAME.report.html  one self-contained page: the modules diagram (inline SVG), every interface, \
        pair and module worst first, a dependency-structure matrix, each open decision with its fix; \
        no script, works offline and in a narrow window
          NAME.score.json   the JSON of `seams score --format json`

        Same input, byte-identical files. Each file is written whole or not at all.

        EXAMPLES
          seams report Samples/loan-approval.yaml -o Reports
          seams report plan.yaml -o out && cat out/plan.report.md >> "$GITHUB_STEP_SUMMARY"
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String

    func run() throws {
        let (document, score) = try CommandRunner.score(options)
        CommandRunner.printWarnings(document.warnings)
        let name = ReportFiles.baseName(options.document)
        // A diagram that cannot be drawn (Graphviz crashed in its worker) leaves the HTML without
        // it; every file is still written, then the command fails naming the diagram.
        let plan = Diagram.plan(.modules, document: document, score: score)
        var svg: String?
        var failure: DiagramFailure?
        switch DiagramRendering.render(plan, format: .svg, document: options.document, view: .modules, style: .rich) {
        case .success(let bytes): svg = String(decoding: bytes, as: UTF8.self)
        case .failure(let error): failure = error
        }
        let files: [(String, String)] = [
            ("\(name).report.md", MarkdownReport.render(document: document, score: score, htmlReportName: "\(name).report.html")),
            ("\(name).report.html", HTMLReport.render(document: document, score: score, diagramSVG: svg,
                                                      diagramFailure: failure.map { $0.diagnostic.message })),
            ("\(name).score.json", ScoreJSON.render(score)),
        ]
        let paths = files.map { (output as NSString).appendingPathComponent($0.0) }
        // Checked for every file first, so a refusal leaves all three untouched.
        for path in paths {
            try AtomicFile.refuseInput(path, inputs: options.inputFiles)
        }
        for (path, (_, text)) in zip(paths, files) {
            try CommandRunner.write(Data(text.utf8), to: path, inputs: options.inputFiles)
        }
        if let failure {
            var diagnostic = failure.diagnostic
            diagnostic.fix += "; \(name).report.html was written with a note in place of the diagram"
            throw DocumentError([diagnostic])
        }
    }
}

/// Names of report files.
enum ReportFiles {
    /// `Samples/loan-approval.yaml` → `loan-approval`.
    static func baseName(_ path: String) -> String {
        let file = (path as NSString).lastPathComponent
        let base = (file as NSString).deletingPathExtension
        return base.isEmpty ? "report" : base
    }
}
