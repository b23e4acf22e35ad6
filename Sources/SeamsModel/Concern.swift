/// What a concern does to the world; it decides checkpoints, delivery guarantees and gates.
public enum Effect: String, Sendable, Hashable, CaseIterable {
    case none, reversible, irreversible
}

/// Whether a concern waits for a person.
public enum Gate: String, Sendable, Hashable, CaseIterable {
    case human, none
}

/// One unit of work: what it reads, what it writes, and what it risks.
public struct Concern: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    public var does: Located<String>?
    public var reads: [Located<String>]
    public var writes: [Located<String>]
    /// `nil` when unstated (treated as `none`).
    public var effect: Located<Effect>?
    /// `nil` when unstated; an explicit `gate: none` records that no gate is wanted.
    public var gate: Located<Gate>?
    public var tools: [String]
    /// Attention load, 1 when unstated.
    public var load: Double

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
        self.reads = []
        self.writes = []
        self.tools = []
        self.load = 1
    }

    public var resolvedEffect: Effect { effect?.value ?? .none }
    public var isHumanGate: Bool { gate?.value == .human }
}
