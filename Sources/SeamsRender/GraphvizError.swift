/// A failure inside Graphviz, with Graphviz's own messages captured instead of printed.
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
    /// Which step failed.
    public enum Stage: String, Sendable {
        case context = "create a Graphviz context"
        case parse = "parse the DOT text"
        case layout = "lay out the graph"
        case render = "render the graph"
    }

    public var stage: Stage
    /// Graphviz's messages (warnings and errors) of the failing call, in order, trimmed.
    public var messages: [String]

    public init(stage: Stage, messages: [String]) {
        self.stage = stage
        self.messages = messages
    }

    public var description: String {
        let detail = messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: "; ")
        return "Graphviz could not \(stage.rawValue): \(detail)"
    }
}
