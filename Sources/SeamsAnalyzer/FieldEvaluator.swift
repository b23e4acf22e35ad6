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
        tally.consider(active.fieldType, isOpen: type == nil, subject: subject, name: field.name, at: field.location)
        let presenceOpen = field.required == nil && defaultRequired == nil
        tally.consider(active.fieldPresence, isOpen: presenceOpen, subject: subject, name: field.name, at: field.location)
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
            tally.consider(active.fieldItems, isOpen: itemType == nil, subject: subject, name: name, at: field.location)
            tally.consider(active.fieldOrdering, isOpen: field.ordering == nil, subject: subject, name: name, at: field.location)
            if let item, let itemType {
                var located = item
                located.location = field.location
                evaluateStructure(located, type: itemType, tokenName: tokenName, subject: "\(subject)[]", tally: &tally)
            }
        }
        if type == .map {
            // A string-keyed map: declaring it closes the shape; its values' type is the items decision.
            tally.consider(active.fieldShape, isOpen: false, subject: subject, name: name, at: field.location)
            let value = field.items?.value
            let valueType = value.flatMap(Self.impliedType(of:))
            tally.consider(active.fieldItems, isOpen: valueType == nil, subject: subject, name: name, at: field.location)
            if var value, let valueType {
                value.location = field.location
                evaluateStructure(value, type: valueType, tokenName: tokenName, subject: "\(subject){}", tally: &tally)
            }
        }
        if type == .object {
            tally.consider(active.fieldShape, isOpen: field.fields == nil, subject: subject, name: name, at: field.location)
            for child in field.fields ?? [] {
                evaluate(child, subject: "\(subject).\(child.name)", tally: &tally)
            }
        }
        evaluateName(field, tokenName: tokenName, type: type, subject: subject, name: name, tally: &tally)
        if let about = field.about {
            for term in vague.occurrences(in: about.value) {
                tally.consider(active.textVague, isOpen: true, subject: "\(subject) '\(term)'", name: "the about of \(name)",
                               at: about.location, term: term)
            }
        }
    }

    /// Decisions raised by what the name says the field is (a time, an amount, a score…).
    private func evaluateName(_ field: Field, tokenName: String, type: FieldType?, subject: String, name: String, tally: inout DecisionTally) {
        let tokens = NameTokens.split(tokenName)
        guard !tokens.isEmpty else { return }
        func matches(_ resolved: ResolvedPoint?) -> ResolvedPoint? {
            guard let resolved, resolved.matches(tokens) else { return nil }
            return resolved
        }
        func unitInName(_ resolved: ResolvedPoint) -> Bool {
            tokens.count > 1 && tokens.last.map { resolved.unitTokens.contains($0) } == true
        }
        let scalarOrOpen = type == nil || type == .string || type == .integer || type == .number

        var isDuration = false
        if scalarOrOpen, let point = matches(active.fieldUnitDuration) {
            isDuration = true
            let open = field.unit == nil && field.format == nil && !unitInName(point)
            tally.consider(point, isOpen: open, subject: subject, name: name, at: field.location)
        }
        if scalarOrOpen, !isDuration, let point = matches(active.fieldFormatTime) {
            let open = field.format == nil && field.unit == nil
            tally.consider(point, isOpen: open, subject: subject, name: name, at: field.location)
        }
        if scalarOrOpen, let point = matches(active.fieldFormatID) {
            let open = field.format == nil && type != .integer && !(tokens.count > 1 && tokens.dropLast().contains { point.unitTokens.contains($0) })
            tally.consider(point, isOpen: open, subject: subject, name: name, at: field.location)
        }
        if scalarOrOpen, let point = matches(active.fieldUnitMoney) {
            let open = field.unit == nil && !unitInName(point)
            tally.consider(point, isOpen: open, subject: subject, name: name, at: field.location)
        }
        if scalarOrOpen, let point = matches(active.fieldUnitSize) {
            let open = field.unit == nil && !unitInName(point)
            tally.consider(point, isOpen: open, subject: subject, name: name, at: field.location)
        }
        if type == nil || type == .integer || type == .number, let point = matches(active.fieldRange) {
            tally.consider(point, isOpen: field.range == nil, subject: subject, name: name, at: field.location)
        }
        if type == nil || type == .string, let point = matches(active.fieldValues) {
            tally.consider(point, isOpen: field.values == nil && field.format == nil, subject: subject, name: name, at: field.location)
        }
    }
}
