public import SeamsModel

/// The open bits of one directed handoff: what it carries, what it leaves undecided, and where.
public struct InterfaceScore: Sendable, Hashable {
    public var from: String
    public var to: String
    /// Artifact ids carried, sorted; an inline payload is not listed here.
    public var carries: [String]
    /// True when the document writes this interface; false when only concerns imply it.
    public var isWritten: Bool
    /// Where the interface is written, or the consumer's `reads:` entry that implies it.
    public var location: SourceLocation
    public var openBits: Double
    public var weight: Double
    public var decisions: [OpenDecision]
    /// The import rule (e.g. `crewai.implicit-context`) when the framework passes this handoff
    /// without the definition naming it; nil for handoffs the definition states.
    public var implicitRule: String?

    /// 1 − open/weight: the share of the interface's information the spec pins down.
    public var coverage: Double { weight > 0 ? min(1, max(0, 1 - openBits / weight)) : 1 }
    /// True when an undeclared or prose payload hides decisions that cannot be counted.
    public var isLowerBound: Bool { decisions.contains(where: \.isLowerBound) }
    /// `from->to`, the name used on the command line (`--interface A->B`).
    public var name: String { "\(from)->\(to)" }
}
