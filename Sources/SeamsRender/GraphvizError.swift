/// A failure inside Graphviz, with Graphviz's own messages captured instead of printed.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which step failed.
    public enum Stage: String, Sendable, CaseIterable {
        case context = "create a Graphviz context"
        case parse = "parse the DOT text"
        case layout = "lay out the graph"
        case render = "render the graph"

        /// A short stable name (`layout`), how the render worker reports the stage.
        public var key: String { "\(self)" }

        public init?(key: String) {
            guard let stage = Self.allCases.first(where: { $0.key == key }) else { return nil }
            self = stage
        }
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
