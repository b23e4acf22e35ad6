/// One key of a Seams file, declared once: its name, the type and range of its value, the line
/// that documents it, and the fix an error about it suggests. The loader, the project-file reader
/// and `seams schema` all read these declarations, so a key cannot be accepted by one and
/// rejected by another, or have two ranges.
public struct KeySpec: Sendable {
    public enum ValueType: Sendable {
        /// A number in the range.
        case number(NumberRange)
        /// A whole number in the range.
        case integer(NumberRange)
        /// One of these words.
        case choice([String])
        /// Text (numbers and booleans read as text too).
        case text
        /// A list of names.
        case textList
        /// true or false.
        case boolean
        /// A mapping read by its own table or reader.
        case section
    }

    public let name: String
    public let type: ValueType
    /// What the key means, for the schema and the documentation (empty: the key's name says it).
    public let doc: String
    /// What to write instead, when the value is wrong.
    public let fix: String

    public init(_ name: String, _ type: ValueType, doc: String = "", fix: String = "") {
        self.name = name
        self.type = type
        self.doc = doc
        self.fix = fix
    }
}

/// The keys one place of a file allows, in their documented order.
public struct KeyTable: Sendable {
    public let keys: [KeySpec]

    public init(_ keys: [KeySpec]) { self.keys = keys }

    /// The names, for `NodeReader.mapping(allowedKeys:)`.
    public var names: [String] { keys.map(\.name) }

    public subscript(name: String) -> KeySpec? { keys.first { $0.name == name } }
}

extension NodeReader {
    /// Reads a numeric key by its declaration: type, range and fix come from `spec`, so every file
    /// that has the key reads it alike. `path` names it in messages (`budget.attention`).
    public mutating func number(_ node: SourceNode, _ spec: KeySpec, path: String) -> Located<Double>? {
        switch spec.type {
        case .number(let range): return number(node, path, in: range, fix: spec.fix)
        case .integer(let range): return integer(node, path, in: range, fix: spec.fix).map { Located(Double($0.value), at: $0.location) }
        case .choice, .text, .textList, .boolean, .section: return nil
        }
    }

    /// Reads a whole-number key by its declaration (see `number(_:_:path:)`).
    public mutating func integer(_ node: SourceNode, _ spec: KeySpec, path: String) -> Located<Int>? {
        guard case .integer(let range) = spec.type else { return nil }
        return integer(node, path, in: range, fix: spec.fix)
    }
}
