public import SeamsModel

/// When a field's name makes it subject to a decision, and what closes that decision.
///
/// Tokens match whole words of the name (`NameTokens`); the project file may add tokens. Rules are
/// tried in `precedence` order (lower first); a rule that matches silences the rules it `overrides`.
public struct NameTrigger: Sendable {
    /// Words anywhere in the name.
    public let tokens: [String]
    /// Words that count only as the name's last word (`created_at`, `user_id`).
    public let lastTokens: [String]
    /// Words that state the unit or format in the name itself (`timeout_ms`).
    public let unitTokens: [String]
    /// Declared types the rule applies to; an untyped field is always considered.
    public let types: [FieldType]
    /// What the spec may write to close the decision.
    public let closers: [NameCloser]
    /// Lower runs first.
    public let precedence: Int
    /// Rules this one silences when it matches (a duration is not also a point in time).
    public let overrides: [String]

    public init(tokens: [String] = [], lastTokens: [String] = [], unitTokens: [String] = [], types: [FieldType],
                closers: [NameCloser], precedence: Int, overrides: [String] = []) {
        self.tokens = tokens
        self.lastTokens = lastTokens
        self.unitTokens = unitTokens
        self.types = types
        self.closers = closers
        self.precedence = precedence
        self.overrides = overrides
    }

    /// True when the rule is considered for a field of this (declared or implied) type.
    func applies(to type: FieldType?) -> Bool {
        type.map(types.contains) ?? true
    }
}

/// One way a spec closes a name-driven decision.
public enum NameCloser: String, Sendable, CaseIterable {
    /// `unit:` is written.
    case unit
    /// `format:` is written.
    case format
    /// `range:` is written.
    case range
    /// `values:` is written.
    case values
    /// `type: integer` (an integer identifier).
    case integerType = "type: integer"
    /// The last word of a name of two or more words is a unit token (`timeout_ms`).
    case unitSuffix = "unit suffix"
    /// A word before the last is a unit token (`order_uuid_id`).
    case unitWord = "unit word"

    /// True when this closer is present on the field.
    func closes(_ field: Field, type: FieldType?, words: [String], unitTokens: Set<String>) -> Bool {
        switch self {
        case .unit: field.unit != nil
        case .format: field.format != nil
        case .range: field.range != nil
        case .values: field.values != nil
        case .integerType: type == .integer
        case .unitSuffix: words.count > 1 && words.last.map(unitTokens.contains) == true
        case .unitWord: words.count > 1 && words.dropLast().contains(where: unitTokens.contains)
        }
    }
}
