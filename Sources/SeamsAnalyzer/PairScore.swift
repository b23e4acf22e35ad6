/// How two modules share information.
public enum CouplingKind: String, Sendable, Hashable {
    case oneWay = "one-way"
    case twoWay = "two-way"
    case sharedWrite = "shared-write"
}

/// The boundary a module pair should have.
public enum Isolation: String, Sendable, Hashable {
    /// Fresh context, contract-only handoff.
    case isolate
    /// The listed decisions must be closed before the pair can be isolated.
    case hardenThenIsolate = "harden-then-isolate"
    /// Isolation would produce contradictory work: co-locate or pass full context.
    case shareContext = "share-context"
}

/// Coupling and the chosen isolation boundary of one unordered module pair.
public struct PairScore: Sendable, Hashable {
    /// The two module ids, sorted.
    public var modules: [String]
    public var coupling: Double
    public var kind: CouplingKind
    /// Open bits of the pair's interfaces in both directions, plus its shared-artifact findings.
    public var openBits: Double
    public var isolation: Isolation
    /// Why this boundary, in one sentence.
    public var reason: String
    /// True for a two-way pair: information flows both ways, a cycle.
    public var isCycle: Bool { kind == .twoWay }
}
