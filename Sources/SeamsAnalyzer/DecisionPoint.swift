public import SeamsModel
import Foundation

/// One entry of the catalog: a question the spec may leave open, and the alternatives a
/// consumer would have to guess between. Bits are derived from the list, never written.
public struct DecisionPoint: Sendable, Hashable {
    public var id: String
    public var question: String
    /// When the analyzer raises it, in words, for `explain` and the SARIF rule help.
    public var fires: String
    public var alternatives: [String]
    /// The number of alternatives; differs from `alternatives.count` only for conventional
    /// counts (interface.payload's 256 shapes), explained by `basis`.
    public var count: Int
    public var basis: String?
    /// True when the real number of open decisions may be larger (undeclared payloads).
    public var isLowerBound: Bool
    public var severity: Severity
    /// Fix template; `{name}` is the subject, `{term}` the vague term.
    public var fixTemplate: String
    /// Name tokens that make a field subject to this decision.
    public var tokens: [String]
    /// Tokens that trigger only as the last token of the name (`created_at`, `user_id`).
    public var lastTokens: [String]
    /// Tokens that state the unit or format in the name itself and so close the decision.
    public var unitTokens: [String]
    /// Where the entry is defined (the catalog resource or the project file).
    public var location: SourceLocation

    /// log2 of the number of alternatives.
    public var bits: Double { count > 1 ? log2(Double(count)) : 0 }

    public init(id: String, question: String, fires: String, alternatives: [String], count: Int? = nil, basis: String? = nil,
                isLowerBound: Bool = false, severity: Severity = .warning, fixTemplate: String,
                tokens: [String] = [], lastTokens: [String] = [], unitTokens: [String] = [], location: SourceLocation) {
        self.id = id
        self.question = question
        self.fires = fires
        self.alternatives = alternatives
        self.count = count ?? alternatives.count
        self.basis = basis
        self.isLowerBound = isLowerBound
        self.severity = severity
        self.fixTemplate = fixTemplate
        self.tokens = tokens
        self.lastTokens = lastTokens
        self.unitTokens = unitTokens
        self.location = location
    }

    /// The fix with its placeholders filled in.
    public func fix(name: String, term: String = "") -> String {
        DecisionTemplate.fill(fixTemplate, name: name, term: term)
    }

    /// The alternatives as shown to people: the list, or the conventional count's basis.
    public var shownAlternatives: [String] {
        alternatives.isEmpty ? [basis ?? "\(count) alternatives"] : alternatives
    }
}
