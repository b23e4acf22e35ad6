/// A worker (agent, service or team) that holds a set of concerns or a free-standing role.
public struct Module: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    public var concerns: [Located<String>]
    public var role: Located<String>?
    /// The four clauses of a worker brief; a missing one is reported as incompleteness.
    public var objective: Located<String>?
    public var output: Located<String>?
    public var tools: [String]?
    public var boundaries: Located<String>?
    /// `pinned: true`: `seams plan --keep` repairs the plan around this module and never changes it.
    public var pinned: Located<Bool>?

    /// True when the module is pinned.
    public var isPinned: Bool { pinned?.value == true }

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
        self.concerns = []
    }
}
