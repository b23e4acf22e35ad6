/// How much a diagram says per element: every label while it stays readable, only colour and
/// width (labels move to tooltips) when the document is large.
public enum DiagramSize: Sendable, Hashable {
    case detailed
    case large

    /// Above this many nodes, labels on edges stop being readable and dominate layout time.
    public static let detailedLimit = 150

    public static func forNodes(_ count: Int) -> DiagramSize {
        count > detailedLimit ? .large : .detailed
    }
}
