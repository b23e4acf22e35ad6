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
                let hint = NearestName.suggestion(for: interface, among: names)
                throw CommandRunner.usage("no interface '\(interface)' in \(score.document)"
                                          + (hint.map { "; did you mean '\($0)'?" } ?? "; it has: \(names.joined(separator: ", "))"))
            }
            print(ExplainText.interface(match, score: score, style: style))
        } else if let module {
            guard let match = score.modules.first(where: { $0.id == module }) else {
                let hint = NearestName.suggestion(for: module, among: score.modules.map(\.id))
                throw CommandRunner.usage("no module '\(module)' in \(score.document)" + (hint.map { "; did you mean '\($0)'?" } ?? ""))
            }
            print(ExplainText.module(match, score: score, style: style), terminator: "")
        } else {
            print(ExplainText.renderAll(score, style: style, unread: document.unreadParts), terminator: "")
        }
    }
}
