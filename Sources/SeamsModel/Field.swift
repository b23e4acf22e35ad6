/// The JSON-like type of a field; the alternatives of the `field.type` decision, plus `map`.
///
/// `map` is an object with string keys and one value type (given by `items:`): declaring it
/// closes `field.shape` (the "string-keyed map" alternative) and leaves the value type to `items`.
public enum FieldType: String, Sendable, CaseIterable, Hashable {
    case string, integer, number, boolean, array, object, null, map
}

/// One field of an artifact or inline payload, as written: every property left nil is a
/// decision the spec did not make.
public struct Field: Sendable, Hashable {
    /// The field's name (the last path component).
    public var name: String
    /// Where the field's name is written; open decisions of the field point here.
    public var location: SourceLocation
    public var type: FieldType?
    /// Item schema of an array, or value schema of a map.
    public var items: Box<Field>?
    /// Nested fields of an object, in written order.
    public var fields: [Field]?
    public var format: String?
    public var unit: String?
    public var range: [Double]?
    public var values: [String]?
    public var required: Bool?
    public var ordering: String?
    /// Where `format`, `unit` and `ordering` are written, for vocabulary warnings.
    public var formatLocation: SourceLocation?
    public var unitLocation: SourceLocation?
    public var orderingLocation: SourceLocation?
    public var about: Located<String>?

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// Indirection so a `Field` can hold its array item schema by value.
public final class Box<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    public let value: Wrapped

    public init(_ value: Wrapped) { self.value = value }

    public static func == (lhs: Box, rhs: Box) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
