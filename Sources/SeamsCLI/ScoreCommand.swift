import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsReports

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score every interface in bits of open decisions; coupling and isolation per module pair.",
        discussion: """
        Reads a spec or a decomposition and prints, worst first: open bits, information weight and \
        coverage per interface; coupling, kind and isolation boundary per module pair; load, brief \
        completeness and advice per module; and whether orchestration is worth it at all.

        ≥ marks a lower bound: an undeclared or prose payload hides decisions that cannot be counted.

        --format json writes the versioned contract documented in the README (camelCase keys, \
        numbers rounded to 2 decimals, arrays sorted); same input, byte-identical output.

        EXAMPLES
          seams score Samples/loan-approval.yaml
          seams score Samples/research-report.yaml --format json > score.json
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ScoreFormat = .text

    @Option(name: .long, help: ArgumentHelp("Rows per table in text output, worst first.", valueName: "n"))
    var rows: Int = 50

    @Flag(name: .long, help: "List every row in text output.")
    var all = false

    func validate() throws {
        try NumberRange.count.validate(rows, option: "--rows")
    }

    func run() throws {
        let (document, score) = try CommandRunner.score(options)
        CommandRunner.printWarnings(document.warnings)
        switch format {
        case .text: print(ScoreText.render(score, style: .forStandardOutput(), rowLimit: all ? nil : max(1, rows)), terminator: "")
        case .json: ScoreJSON.stream(score) { FileHandle.standardOutput.write(Data($0)) }
        }
    }
}
