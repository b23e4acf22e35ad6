/// One key of a Seams file: its name, the type and range of its value, the line that documents
/// it, and the fix an error about it suggests. A `KeyBinding` pairs it with the key's reader, so
/// the loader, the project-file reader and `seams schema` all read one declaration and a key
/// cannot be accepted by one and rejected by another, or have two ranges.
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
        /// `[min, max]`: two numbers, the smaller first.
        case bounds
        /// A list of lists of names.
        case groups
        /// A mapping read by its own section or reader.
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

extension NodeReader {
    /// Reads a numeric key by its declaration: type, range and fix come from `spec`, so every file
    /// that has the key reads it alike. `path` names it in messages (`budget.attention`).
    public mutating func number(_ node: SourceNode, _ spec: KeySpec, path: String) -> Located<Double>? {
        switch spec.type {
        case .number(let range): return number(node, path, in: range, fix: spec.fix)
        case .integer(let range): return integer(node, path, in: range, fix: spec.fix).map { Located(Double($0.value), at: $0.location) }
        case .choice, .text, .textList, .boolean, .bounds, .groups, .section: return nil
        }
    }

    /// Reads a whole-number key by its declaration (see `number(_:_:path:)`).
    public mutating func integer(_ node: SourceNode, _ spec: KeySpec, path: String) -> Located<Int>? {
        guard case .integer(let range) = spec.type else { return nil }
        return integer(node, path, in: range, fix: spec.fix)
    }
}
