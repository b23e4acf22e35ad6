import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsRender

/// `--view` of `render`: the diagram views, as command-line values.
enum ViewOption: String, ExpressibleByArgument, CaseIterable {
    case modules, concerns, workflow

    var view: DiagramView {
        switch self {
        case .modules: .modules
        case .concerns: .concerns
        case .workflow: .workflow
        }
    }
}

/// `--style` of `render` and `bench`: rich (HTML labels, boxes) or plain (leak-free in Graphviz 2.42).
enum StyleOption: String, ExpressibleByArgument, CaseIterable {
    case rich, plain

    var markup: DiagramMarkup {
        switch self {
        case .rich: .rich
        case .plain: .plain
        }
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a document with Graphviz: DOT, SVG, PNG or PDF, from the file's extension.",
        discussion: """
        Views:
          modules   modules as boxes, interfaces as arrows labelled with what they carry and their open \
        bits; colour by open bits (green 0, light green under 2, yellow under 4, orange under 8, red 8 \
        and more or a lower bound), pen width by the pair's coupling, human gates and irreversible \
        effects marked, share-context pairs boxed together
          concerns  concerns inside their module's box, artifact flows coloured by the artifact's open bits
          workflow  the plan's order: parallel levels, checkpoints after effects, approval gates

        Styles:
          rich      (default) bold ids, small coloured lines, boxes around share-context groups, a \
        module's concerns and each workflow level
          plain     the same information in plain text: groups as shared fills, dashed lines and rows. \
        Graphviz 2.42 leaks memory on every render of an HTML label and of a box (cluster); plain \
        does not, so use it when a long-running process renders many diagrams

        Every diagram has a legend. Above 150 nodes, edge labels move to tooltips to keep the \
        picture readable and the layout fast.

        EXAMPLES
          seams render Samples/loan-approval.yaml -o loan.svg
          seams render Samples/loan-approval.yaml -o workflow.png --view workflow
          seams render Samples/loan-approval.yaml -o loan.dot
          seams render Samples/loan-approval.yaml -o loan.svg --style plain
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .dot, .gv, .svg, .png or .pdf.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "What to draw: modules, concerns or workflow.")
    var view: ViewOption = .modules

    @Option(name: .long, help: "rich (HTML labels and boxes) or plain (plain text, leak-free for long-running renderers).")
    var style: StyleOption = .rich

    func validate() throws {
        if RenderFormat(fileName: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)': end the file name with \(RenderFormat.fileExtensions.joined(separator: ", ")).")
        }
    }

    func run() throws {
        guard let format = RenderFormat(fileName: output) else {
            throw DocumentError([Diagnostic(.renderFormat, location: SourceLocation(file: output, line: 1, column: 1),
                                            message: "the file name names no format Seams renders",
                                            fix: "end it with \(RenderFormat.fileExtensions.joined(separator: ", "))")])
        }
        let (document, score) = try CommandRunner.score(options)
        CommandRunner.printWarnings(document.warnings)
        // Graphviz runs in a child process: a crash inside it becomes a located exit 2.
        let plan = Diagram.plan(view.view, document: document, score: score, markup: style.markup)
        for text in plan.leftOut {
            CommandRunner.printWarnings([Diagnostic(.renderLeftOut, severity: .warning, location: SourceLocation(file: options.document, line: 1, column: 1),
                                                    message: text, fix: "draw the modules view, or split the document")])
        }
        let bytes: [UInt8]
        switch DiagramRendering.render(plan, format: format, document: options.document, view: view.view, style: style.markup) {
        case .success(let rendered): bytes = rendered
        case .failure(let failure): throw DocumentError([failure.diagnostic])
        }
        try CommandRunner.write(Data(bytes), to: output, inputs: options.inputFiles)
    }
}
