import Foundation
import OrderedCollections
import SeamsModel

/// A rule joined with its catalog entry: everything people and tools are told about one
/// decision point (`seams rules`, the README table, SARIF rule help), worded in one place.
public struct RuleHelp: Sendable {
    public let rule: DecisionRule
    public let point: DecisionPoint

    public init(rule: DecisionRule, point: DecisionPoint) {
        self.rule = rule
        self.point = point
    }

    /// Every registered rule with its entry in `catalog`, in catalog order (disabled ones too).
    public static func all(in catalog: Catalog) -> [RuleHelp] {
        catalog.entries.values.compactMap { point in DecisionRules.rule(point.id).map { RuleHelp(rule: $0, point: point) } }
    }

    /// `2.58 bits`, `1 bit`, `at least 8 bits`.
    public var bitsText: String {
        (point.isLowerBound ? "at least " : "") + NumberText.decimal(point.bits) + (point.bits == 1 ? " bit" : " bits")
    }

    /// The fix with placeholders shown as `<name>` and `<term>`.
    public var genericFix: String {
        point.fixTemplate.replacingOccurrences(of: "{name}", with: "<name>").replacingOccurrences(of: "{term}", with: "<term>")
    }

    /// One sentence: when it fires and what a consumer would have to guess.
    public var fullDescription: String {
        "Raised when: \(rule.fires). A consumer would have to guess between \(point.count) alternatives "
            + "(\(point.shownAlternatives.joined(separator: ", "))): \(bitsText) of open decision."
    }

    /// Plain-text help: the question, the alternatives and the fix.
    public var helpText: String {
        "\(point.question)\nAlternatives: \(point.shownAlternatives.joined(separator: ", ")).\nFix: \(genericFix)"
    }

    /// Markdown help for SARIF viewers.
    public var helpMarkdown: String {
        let markdownFix = genericFix.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return "**\(point.question)**\n\nRaised when: \(rule.fires).\n\n"
            + "Alternatives (\(point.count), \(bitsText)): \(point.shownAlternatives.map { "`\($0)`" }.joined(separator: ", ")).\n\n"
            + "**Fix:** \(markdownFix)\n\nExplain one document: `seams explain DOC`."
    }

    /// The trigger in words: the structural condition, or the name words and what closes it.
    public var triggerText: [String] {
        switch rule.trigger {
        case .structure(let condition):
            return [condition]
        case .name(let name):
            var lines: [String] = []
            if !point.tokens.isEmpty { lines.append("a word of the name: " + point.tokens.joined(separator: ", ")) }
            if !point.lastTokens.isEmpty { lines.append("the last word of the name: " + point.lastTokens.joined(separator: ", ")) }
            lines.append("on fields of type " + name.types.map(\.rawValue).joined(separator: ", ") + ", or untyped")
            lines.append("closed by: " + name.closers.map(\.rawValue).joined(separator: ", "))
            if !point.unitTokens.isEmpty { lines.append("unit words: " + point.unitTokens.joined(separator: ", ")) }
            lines.append("precedence \(name.precedence)" + (name.overrides.isEmpty ? "" : "; silences " + name.overrides.joined(separator: ", ")))
            return lines
        }
    }
}
