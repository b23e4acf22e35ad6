/// What a concern does to the world; it decides checkpoints, delivery guarantees and gates.
///
/// `read-only` reads production systems without changing them (a different risk profile from
/// `none`, but safe to repeat); `external` contacts parties outside the system (e-mail, calls,
/// messages), which cannot be recalled but need no approval unless also marked `irreversible`.
public enum Effect: String, Sendable, Hashable, CaseIterable {
    case none
    case readOnly = "read-only"
    case reversible, external, irreversible

    /// True when running the concern twice, or not at all, would change the world differently:
    /// what needs checkpoints and a delivery guarantee on the way in.
    public var changesTheWorld: Bool {
        switch self {
        case .none, .readOnly: false
        case .reversible, .external, .irreversible: true
        }
    }
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
    /// Who does the work; `nil` when unstated (an agent).
    public var actor: Located<Actor>?
    /// `review` or `work` when the spec declares it (`role:`); nil leaves it to the spec's structure.
    public var role: Located<ConcernRole>?
    public var tools: [String]
    /// The load written as `load:`; nil when the spec leaves it to `LoadEstimate`.
    public var statedLoad: Double?

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
        self.reads = []
        self.writes = []
        self.tools = []
    }

    /// Attention load in units of one ordinary concern: the stated `load:`, else derived from
    /// what the concern reads, writes, uses and does (`LoadEstimate`).
    public var load: Double { statedLoad ?? LoadEstimate(self).value }

    public var resolvedEffect: Effect { effect?.value ?? .none }
    public var isHumanGate: Bool { gate?.value == .human }
    /// True when a person does this work (`actor: human`): a wait for people, but not an approval.
    public var isHumanWork: Bool { actor?.value == .human }
}
