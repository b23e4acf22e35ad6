import SeamsModel

/// Finds which decision points apply to each field of a payload and which of them are open.
///
/// A field's information weight counts every applicable point; its open bits count the ones
/// the spec leaves undecided. Structure the spec gives (`items`, `fields`) implies the type.
struct FieldEvaluator: Sendable {
    let active: ActiveCatalog
    let vague: VagueTermScanner
    /// The document-wide `defaults.required`.
    let defaultRequired: Bool?

    /// Evaluates fields under `path` (an artifact id, or `A->B` for an inline payload).
    func evaluate(_ fields: [Field], path: String) -> DecisionTally {
        var tally = DecisionTally()
        for field in fields {
            evaluate(field, subject: "\(path).\(field.name)", tally: &tally)
        }
        return tally
    }

    private func evaluate(_ field: Field, subject: String, tally: inout DecisionTally) {
        let type = Self.impliedType(of: field)
        tally.consider(active[FieldRules.type], isOpen: type == nil, subject: subject, name: field.name, at: field.location)
        let presenceOpen = field.required == nil && defaultRequired == nil
        tally.consider(active[FieldRules.presence], isOpen: presenceOpen, subject: subject, name: field.name, at: field.location)
        evaluateStructure(field, type: type, tokenName: field.name, subject: subject, tally: &tally)
    }

    /// The declared type, or the one its structure implies.
    static func impliedType(of field: Field) -> FieldType? {
        field.type ?? (field.items != nil ? .array : field.fields != nil ? .object : nil)
    }

    /// Everything below the type: item, shape and ordering decisions, name-driven ones, vague prose.
    /// `tokenName` is the name whose words trigger decisions; array items borrow their array's.
    private func evaluateStructure(_ field: Field, type: FieldType?, tokenName: String, subject: String, tally: inout DecisionTally) {
        let name = subject.split(separator: ".").last.map(String.init) ?? field.name
        if type == .array {
            let item = field.items?.value
            let itemType = item.flatMap(Self.impliedType(of:))
            tally.consider(active[FieldRules.items], isOpen: itemType == nil, subject: subject, name: name, at: field.location)
            tally.consider(active[FieldRules.ordering], isOpen: field.ordering == nil, subject: subject, name: name, at: field.location)
            if let item, let itemType {
                var located = item
                located.location = field.location
                evaluateStructure(located, type: itemType, tokenName: tokenName, subject: "\(subject)[]", tally: &tally)
            }
        }
        if type == .map {
            // A string-keyed map: declaring it closes the shape; its values' type is the items decision.
            tally.consider(active[FieldRules.shape], isOpen: false, subject: subject, name: name, at: field.location)
            let value = field.items?.value
            let valueType = value.flatMap(Self.impliedType(of:))
            tally.consider(active[FieldRules.items], isOpen: valueType == nil, subject: subject, name: name, at: field.location)
            if var value, let valueType {
                value.location = field.location
                evaluateStructure(value, type: valueType, tokenName: tokenName, subject: "\(subject){}", tally: &tally)
            }
        }
        if type == .object {
            tally.consider(active[FieldRules.shape], isOpen: field.fields == nil, subject: subject, name: name, at: field.location)
            for child in field.fields ?? [] {
                evaluate(child, subject: "\(subject).\(child.name)", tally: &tally)
            }
        }
        evaluateName(field, tokenName: tokenName, type: type, subject: subject, name: name, tally: &tally)
        if let about = field.about {
            for term in vague.occurrences(in: about.value) {
                tally.consider(active[TextRules.vague], isOpen: true, subject: "\(subject) '\(term)'", name: "the about of \(name)",
                               at: about.location, term: term)
            }
        }
    }

    /// Decisions raised by what the name says the field is (a time, an amount, a score…), by the
    /// name rules under the precedence `NameRules` documents.
    private func evaluateName(_ field: Field, tokenName: String, type: FieldType?, subject: String, name: String, tally: inout DecisionTally) {
        let words = NameTokens.joiningCompounds(NameTokens.split(tokenName), NameRules.compounds)
        guard let last = words.last, !(words.count > 1 && NameRules.headWords.contains(last)) else { return }
        var matched = active.nameRules.filter { $0.trigger.applies(to: type) && $0.resolved.matches(words) }
        if matched.contains(where: { $0.resolved.matchesLastWord(last) }) {
            matched.removeAll { !$0.resolved.matchesLastWord(last) }
        }
        let unitSuffix = words.count > 1 && active.unitTokens.contains(last)
        var silenced: [String] = []
        for rule in matched where !silenced.contains(rule.id) {
            silenced.append(contentsOf: rule.trigger.overrides)
            let point = rule.resolved
            let closers = rule.trigger.closers
            let closed = closers.contains { $0.closes(field, type: type, words: words, unitTokens: point.unitTokens) }
            if !closed && Self.statesOtherKind(field, unitSuffix: unitSuffix, closers: closers) { continue }
            tally.consider(point, isOpen: !closed, subject: subject, name: name, at: field.location)
        }
    }

    /// True when the field states a format, unit, range, values or unit suffix that does not close
    /// this rule: it already says it is something else.
    private static func statesOtherKind(_ field: Field, unitSuffix: Bool, closers: [NameCloser]) -> Bool {
        (field.format != nil && !closers.contains(.format)) || (field.unit != nil && !closers.contains(.unit))
            || (field.range != nil && !closers.contains(.range)) || (field.values != nil && !closers.contains(.values))
            || (unitSuffix && !closers.contains(.unitSuffix))
    }
}
