import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsWorkspace
import SeamsReports

/// Output formats of `rules`.
enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the decision points, or show one with its trigger, alternatives, examples and fix.",
        discussion: """
        Each decision point is a rule unit (Sources/SeamsAnalyzer/Rules/) with its data in the \
        catalog (alternatives, question, fix); a project file may re-weight or disable entries.

        EXAMPLES
          seams rules
          seams rules field.format.time
          seams rules --format markdown
          seams rules --measure Tests/SeamsAnalyzerTests/Fixtures/field-names.tsv
        """
    )

    @Argument(help: ArgumentHelp("A decision point id, e.g. field.format.time.", valueName: "id"))
    var id: String?

    @Option(help: "text, json or markdown (the README's table).")
    var format: RulesFormat = .text

    @Option(name: .long, help: ArgumentHelp("Project file whose catalog changes to show.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Measure the name rules' precision and recall on a tab-separated list of labelled field names (Markdown).", valueName: "file"))
    var measure: String?

    func run() throws {
        let catalog: Catalog
        let project = try Workspace(configPath: config).projectConfig()
        catalog = project.applied(to: try Catalog.builtIn())
        if let measure {
            FileHandle.standardOutput.write(Data(try Self.measurement(measure, catalog: catalog).utf8))
            return
        }
        var rules = RuleHelp.all(in: catalog)
        if let id {
            guard let help = rules.first(where: { $0.rule.id == id }) else {
                throw DocumentError([Diagnostic(
                    .ruleUnknown, location: SourceLocation(file: "<arguments>", line: 1, column: 1), message: "no decision point '\(id)'",
                    fix: "run `seams rules` for the list of ids", suggestion: NearestName.suggestion(for: id, among: DecisionRules.ids))])
            }
            rules = [help]
        }
        let text = switch format {
        case .text: id == nil ? RulesReport.listText(rules) : RulesReport.detailText(rules[0])
        case .json: RulesReport.json(rules)
        case .markdown: RulesReport.markdown(rules)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func measurement(_ path: String, catalog: Catalog) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError([Diagnostic(.ioRead, location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "cannot read the file", fix: "check the path and its permissions")])
        }
        let rows = try FieldNameMeasurement.parse(String(decoding: data, as: UTF8.self), file: path)
        return FieldNamePrecisionReport.markdown(try FieldNameMeasurement(rows: rows, catalog: catalog), list: path)
    }
}
