public import SeamsModel
import SeamsAnalyzer

/// A report's JSON value: a thin builder of the model's one output tree (`DocumentNode`),
/// written by the one writer (`JSONWriter`) with the escaping and number text plans use. Its only
/// policy is the report contract's: figures are rounded to hundredths (`NumberText.rounded`) as
/// they are built. Built bottom-up straight into the tree, so a large report is held once.
public struct JSONValue: Sendable, Equatable {
    /// The output tree this value writes as.
    public let node: DocumentNode

    public init(node: DocumentNode) { self.node = node }

    public static let null = JSONValue(node: .null)

    public static func bool(_ flag: Bool) -> JSONValue { JSONValue(node: .bool(flag)) }

    /// A figure, rounded to two decimals.
    public static func number(_ value: Double) -> JSONValue { JSONValue(node: .number(NumberText.rounded(value))) }

    public static func string(_ text: String) -> JSONValue { JSONValue(node: .string(text)) }

    public static func array(_ items: [JSONValue]) -> JSONValue { JSONValue(node: .list(items.map(\.node))) }

    /// An object whose keys keep this order.
    public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(node: .map(members.map { DocumentEntry($0.0, $0.1.node) }))
    }

    /// The members of an object, in order; none for other values.
    public var members: [(String, JSONValue)] {
        guard case .map(let entries) = node else { return [] }
        return entries.map { ($0.key, JSONValue(node: $0.value)) }
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        JSONWriter.render(node)
    }

    /// The same text as UTF-8 bytes; large reports are written from here without a String copy.
    public func renderedBytes() -> [UInt8] {
        JSONWriter.renderedBytes(node)
    }
}

extension JSONWriter {
    /// Writes a report value.
    mutating func write(_ value: JSONValue, indent: Int) {
        write(value.node, indent: indent)
    }
}
