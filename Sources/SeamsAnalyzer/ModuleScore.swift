/// Which of the four clauses of a worker contract a module's brief states.
public struct BriefCompleteness: Sendable, Hashable {
    public var objective: Bool
    public var output: Bool
    public var tools: Bool
    public var boundaries: Bool

    /// Stated clauses out of four.
    public var fraction: Double {
        Double([objective, output, tools, boundaries].filter { $0 }.count) / 4
    }

    public var missing: [String] {
        [("objective", objective), ("output", output), ("tools", tools), ("boundaries", boundaries)].filter { !$0.1 }.map(\.0)
    }
}

/// What to do with a module.
public enum ModuleAdvice: String, Sendable, Hashable {
    case keep
    /// Its load exceeds the attention budget.
    case split
    /// Its interfaces cost more than the information it produces: over-staffing.
    case merge
}

/// Load, brief and advice of one module.
public struct ModuleScore: Sendable, Hashable {
    public var id: String
    public var concerns: [String]
    public var load: Double
    public var budget: Double
    public var brief: BriefCompleteness
    public var advice: ModuleAdvice
    /// Why this advice, in one sentence.
    public var reason: String
    /// True when a concern waits for a person.
    public var hasHumanGate: Bool
    /// True when a concern has an irreversible effect.
    public var hasIrreversibleEffect: Bool
    /// The module to merge with when the advice is `merge`: one no rule of the architect keeps apart.
    public var mergeWith: String? = nil
}
