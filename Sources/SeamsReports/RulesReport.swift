public import SeamsAnalyzer
import Foundation
import SeamsModel

/// `seams rules`: the decision points with their data and their rule, as text, JSON or the
/// Markdown table the README embeds, all generated from the rule units and the catalog.
public enum RulesReport {
    /// One line per rule: id, bits, number of alternatives, severity.
    public static func listText(_ rules: [RuleHelp]) -> String {
        var table = TextTable(headers: ["id", "bits", "alternatives", "severity"], alignments: [.left, .right, .right, .left])
        table.rows = rules.map { [$0.rule.id, bits($0), String($0.point.count), $0.point.severity.rawValue] }
        return table.rendered(indent: "") + "\n"
    }

    /// Everything about one rule.
    public static func detailText(_ help: RuleHelp) -> String {
        var lines = ["\(help.rule.id) — \(help.point.question)",
                     "  fires when: \(help.rule.fires)",
                     "  \(help.bitsText) (\(help.point.count) alternatives) · severity \(help.point.severity.rawValue)",
                     "  alternatives: " + help.point.shownAlternatives.joined(separator: " | "),
                     ] + (help.point.basis.map { ["  basis: \($0)"] } ?? []) + [
                     "  trigger:"]
        lines += help.triggerText.map { "    " + $0 }
        lines.append("  fix: \(help.genericFix)")
        for (title, examples) in [("open", help.rule.examples.open), ("closed", help.rule.examples.closed)] {
            lines.append("  \(title) examples:")
            for example in examples {
                lines += example.snippet.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                if examples.count > 1 { lines.append("    ---") }
            }
            if examples.count > 1 { lines.removeLast() }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array of rules (one element for `seams rules ID`).
    public static func json(_ rules: [RuleHelp]) -> String {
        JSONValue.array(rules.map(jsonValue)).rendered() + "\n"
    }

    /// The decision-point table of the README.
    public static func markdown(_ rules: [RuleHelp]) -> String {
        var lines = ["| id | fires when | alternatives | bits |", "|---|---|---|---|"]
        for help in rules {
            let alternatives = help.point.basis ?? help.point.shownAlternatives.joined(separator: ", ")
            let cells = [help.rule.id, help.rule.fires, alternatives, bits(help)]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func bits(_ help: RuleHelp) -> String {
        (help.point.isLowerBound ? "≥ " : "") + NumberText.decimal(help.point.bits)
    }

    private static func jsonValue(_ help: RuleHelp) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(help.rule.id)),
            ("question", .string(help.point.question)),
            ("fires", .string(help.rule.fires)),
            ("bits", .number(help.point.bits)),
            ("lowerBound", .bool(help.point.isLowerBound)),
            ("count", .number(Double(help.point.count))),
            ("alternatives", .array(help.point.shownAlternatives.map(JSONValue.string))),
            ("severity", .string(help.point.severity.rawValue)),
            ("trigger", .array(help.triggerText.map(JSONValue.string))),
            ("fix", .string(help.genericFix)),
        ]
        if let name = help.rule.nameTrigger {
            fields.append(("precedence", .number(Double(name.precedence))))
        }
        fields.append(("examples", .object([
            ("open", .array(help.rule.examples.open.map { .string($0.snippet) })),
            ("closed", .array(help.rule.examples.closed.map { .string($0.snippet) })),
        ])))
        return .object(fields)
    }
}
