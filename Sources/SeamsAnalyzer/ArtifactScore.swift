/// The information an artifact carries and how much of it is still open, wherever it flows.
public struct ArtifactScore: Sendable, Hashable {
    public var id: String
    public var weight: Double
    public var openBits: Double
    /// Modules whose concerns read or write it (or whose interfaces carry it), sorted.
    public var touchedBy: [String]
    public var isDeclared: Bool
    public var isLowerBound: Bool
}
