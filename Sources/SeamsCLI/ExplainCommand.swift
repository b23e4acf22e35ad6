import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsReports

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain each open decision: where it arises, its alternatives, and how to close it.",
        discussion: """
        Without options, explains every interface that leaves something open, worst first, then the \
        document-wide findings (shared writes, ungated irreversible effects).

        EXAMPLES
          seams explain Samples/loan-approval.yaml
          seams explain Samples/loan-approval.yaml --interface 'intake->underwriting'
          seams explain Samples/loan-approval.yaml --module underwriting
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .long, help: ArgumentHelp("One interface, written FROM->TO.", valueName: "from->to"))
    var interface: String?

    @Option(name: .long, help: ArgumentHelp("One module: load, brief, interfaces and pairs.", valueName: "id"))
    var module: String?

    func validate() throws {
        if interface != nil && module != nil { throw ValidationError("Give --interface or --module, not both.") }
        if let interface, !interface.contains("->") {
            throw ValidationError("--interface takes FROM->TO, e.g. --interface 'intake->underwriting'.")
        }
    }

    func run() throws {
        let (document, score) = try CommandRunner.score(options)
        CommandRunner.printWarnings(document.warnings)
        let style = TextStyle.forStandardOutput()
        if let interface {
            guard let match = score.interfaces.first(where: { $0.name == interface.replacingOccurrences(of: " ", with: "") }) else {
                let names = score.interfaces.map(\.name)
                throw DocumentError([Diagnostic(.interfaceArgument, location: SourceLocation(file: score.document, line: 1, column: 1),
                                                message: "no interface '\(interface)' in the document",
                                                fix: "name one of: \(names.joined(separator: ", "))",
                                                suggestion: NearestName.suggestion(for: interface, among: names))])
            }
            print(ExplainText.interface(match, score: score, style: style))
        } else if let module {
            guard let match = score.modules.first(where: { $0.id == module }) else {
                let names = score.modules.map(\.id)
                throw DocumentError([Diagnostic(.moduleArgument, location: SourceLocation(file: score.document, line: 1, column: 1),
                                                message: "no module '\(module)' in the document", fix: "name one of: \(names.joined(separator: ", "))",
                                                suggestion: NearestName.suggestion(for: module, among: names))])
            }
            print(ExplainText.module(match, score: score, concernLoads: document.loadSources(of: match.concerns), style: style),
                  terminator: "")
        } else {
            print(ExplainText.renderAll(score, style: style, unread: document.unreadParts), terminator: "")
        }
    }
}
