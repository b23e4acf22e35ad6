/// Document-wide sums.
public struct ScoreTotals: Sendable, Hashable {
    public var openBits: Double
    public var weight: Double
    /// The architect's objective: Σ over artifacts of weight × (modules touching it − 1).
    public var crossingWeight: Double
    public var modules: Int
    public var interfaces: Int
    public var isLowerBound: Bool
    /// Σ of every interface's open bits and the document findings: what the consumers together are
    /// exposed to, counting a shared payload's decisions once per interface that carries it.
    public var exposedBits: Double = 0

    public var coverage: Double { weight > 0 ? min(1, max(0, 1 - openBits / weight)) : 1 }
}

/// Everything the analyzer measured about one document, sorted for output.
public struct DocumentScore: Sendable {
    public var document: String
    public var totals: ScoreTotals
    public var artifacts: [ArtifactScore]
    public var interfaces: [InterfaceScore]
    /// Open decisions that belong to no single interface (shared writes, ungated effects).
    public var findings: [OpenDecision]
    public var pairs: [PairScore]
    public var modules: [ModuleScore]
    public var verdict: Verdict
    /// The policy the advice was computed under.
    public var policy: ScoringPolicy
    /// For a spec (no modules): the artifacts any cut could expose and what they leave open; nil for a decomposition.
    public var specExposure: SpecExposure? = nil
    /// The decisions of payloads several interfaces carry, once each, at their cause, with every
    /// consumer; `totals.openBits` counts them once.
    public var sharedDecisions: [SharedDecision] = []

    /// Every open decision, interfaces' and document-wide.
    public var allDecisions: [OpenDecision] {
        interfaces.flatMap(\.decisions) + findings
    }
}

/// The resolved thresholds: document, then project file, then defaults.
public struct ScoringPolicy: Sendable, Hashable {
    /// τ, in bits.
    public var isolateMaxOpenBits: Double
    /// ρ.
    public var shareContextRatio: Double
    /// The attention budget of one module.
    public var attention: Double
}
