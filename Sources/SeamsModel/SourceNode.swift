/// A YAML or JSON value with the place it was written, the common tree every document is read from.
///
/// Yams' decoders drop positions; walking this tree keeps them, so a wrong type or an unknown
/// key can be reported at its line and column.
public struct SourceNode: Sendable {
    /// One key and its value in a mapping, in written order.
    public struct Entry: Sendable {
        public var key: SourceNode
        public var value: SourceNode
    }

    public enum Value: Sendable {
        /// A scalar's text; `quoted` scalars are always strings, plain ones may be numbers or null.
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([SourceNode])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The text of a scalar, or nil for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// True for a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        if case .scalar(let text, let quoted) = value, !quoted {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// A word for the node's kind, used in "expected a list, found a mapping".
    public var kindName: String {
        switch value {
        case .scalar: isNull ? "null" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
