/// An enabled catalog entry, resolved once per run: its bits and its name tokens as sets.
/// A reference, so the hot path passes one pointer instead of copying the entry's lists.
final class ResolvedPoint: Sendable {
    let point: DecisionPoint
    let bits: Double
    let tokens: Set<String>
    let lastTokens: Set<String>
    let unitTokens: Set<String>

    init(_ point: DecisionPoint) {
        self.point = point
        self.bits = point.bits
        self.tokens = Set(point.tokens)
        self.lastTokens = Set(point.lastTokens)
        self.unitTokens = Set(point.unitTokens)
    }

    /// True when the name's last word alone triggers this entry.
    func matchesLastWord(_ word: String) -> Bool {
        tokens.contains(word) || lastTokens.contains(word)
    }

    /// True when one of the name's words (or its last word, for `lastTokens`) triggers this entry.
    func matches(_ words: [String]) -> Bool {
        words.contains { tokens.contains($0) } || words.last.map { lastTokens.contains($0) } == true
    }
}

/// A name-driven rule with its enabled catalog entry.
struct ActiveNameRule: Sendable {
    let id: String
    let trigger: NameTrigger
    let resolved: ResolvedPoint
}

/// The catalog's enabled entries, resolved once per run instead of once per field.
struct ActiveCatalog: Sendable {
    private let points: [String: ResolvedPoint]
    /// The enabled name-driven rules, in precedence order.
    let nameRules: [ActiveNameRule]
    /// Every enabled name rule's unit words: a name ending in one states its unit.
    let unitTokens: Set<String>

    init(_ catalog: Catalog) {
        var points: [String: ResolvedPoint] = [:]
        for rule in DecisionRules.all {
            if let point = catalog.active(rule.id) { points[rule.id] = ResolvedPoint(point) }
        }
        self.points = points
        nameRules = DecisionRules.all.enumerated()
            .compactMap { index, rule -> (Int, ActiveNameRule)? in
                guard let trigger = rule.nameTrigger, let resolved = points[rule.id] else { return nil }
                return (index, ActiveNameRule(id: rule.id, trigger: trigger, resolved: resolved))
            }
            .sorted { ($0.1.trigger.precedence, $0.0) < ($1.1.trigger.precedence, $1.0) }
            .map(\.1)
        unitTokens = nameRules.reduce(into: Set<String>()) { $0.formUnion($1.resolved.unitTokens) }
    }

    /// The rule's entry when it is enabled.
    subscript(_ rule: DecisionRule) -> ResolvedPoint? { points[rule.id] }
}
