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

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a document with Graphviz (in-process): DOT, SVG, PNG or PDF, from the file's extension.",
        discussion: """
        Views:
          modules   modules as boxes, interfaces as arrows labelled with what they carry and their open \
        bits; colour by open bits (green 0, light green under 2, yellow under 4, orange under 8, red 8 \
        and more or a lower bound), pen width by the pair's coupling, human gates and irreversible \
        effects marked, share-context pairs boxed together
          concerns  concerns inside their module's box, artifact flows coloured by the artifact's open bits
          workflow  the plan's order: parallel levels, checkpoints after effects, approval gates

        Every diagram has a legend. Above 150 nodes, edge labels move to tooltips to keep the \
        picture readable and the layout fast.

        EXAMPLES
          seams render Samples/loan-approval.yaml -o loan.svg
          seams render Samples/loan-approval.yaml -o workflow.png --view workflow
          seams render Samples/loan-approval.yaml -o loan.dot
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .dot, .gv, .svg, .png or .pdf.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "What to draw: modules, concerns or workflow.")
    var view: ViewOption = .modules

    func validate() throws {
        if RenderFormat(fileName: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)': end the file name with \(RenderFormat.fileExtensions.joined(separator: ", ")).")
        }
    }

    func run() throws {
        guard let format = RenderFormat(fileName: output) else { throw ExitCode(2) }
        let (document, score) = try CommandRunner.score(options)
        CommandRunner.printWarnings(document.warnings)
        let bytes: [UInt8]
        do {
            bytes = try Diagram.render(view.view, document: document, score: score, format: format)
        } catch {
            CommandRunner.standardError("\(options.document): error: \(error.description) — report this with the document attached; the DOT text (-o FILE.dot) shows what Seams asked Graphviz to draw")
            throw ExitCode(2)
        }
        do {
            try AtomicFile.write(Data(bytes), to: output)
        } catch {
            CommandRunner.standardError(error.description)
            throw ExitCode(2)
        }
    }
}
