/// A diagram ready for Graphviz: the DOT text and the engine that lays it out in reasonable time.
public struct DiagramPlan: Sendable {
    public var text: String
    public var engine: LayoutEngine
    public var size: DiagramSize
    /// What the diagram leaves out, one sentence each, for standard error (the diagram says it too).
    public var leftOut: [String] = []
}
