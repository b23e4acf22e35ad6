/// What an interface says it carries inline, instead of naming artifacts.
public enum Payload: Sendable, Hashable {
    /// A typed payload with fields.
    case fields([Field])
    /// Prose that names the content but not its structure.
    case prose(Located<String>)
}

/// A written handoff from a producer module to a consumer module, with its contract clauses.
public struct Interface: Sendable, Hashable {
    public var from: Located<String>
    public var to: Located<String>
    /// Where the interface entry begins.
    public var location: SourceLocation
    public var carries: [Located<String>]
    public var payload: Payload?
    /// Where `payload:` is written.
    public var payloadLocation: SourceLocation?
    public var onError: Located<String>?
    public var done: Located<String>?
    public var delivery: Located<String>?
    public var about: Located<String>?
    /// Set on an imported handoff that the framework makes without the definition naming it (a
    /// CrewAI task without `context`, a shared conversation): the id of the rule that reports it.
    public var implicitRule: String?

    public init(from: Located<String>, to: Located<String>, location: SourceLocation) {
        self.from = from
        self.to = to
        self.location = location
        self.carries = []
    }
}
