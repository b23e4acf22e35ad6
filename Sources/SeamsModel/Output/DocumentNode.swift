/// An ordered output tree — plans, imported documents, reports, SARIF, the JSON Schema — written
/// as YAML (with comments) or JSON by `YAMLWriter` and `JSONWriter`, byte for byte the same from
/// run to run. Keys keep the order they were built in, so output follows its documented contract.
public indirect enum DocumentNode: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Written by the one number policy, `NumberLiteral`.
    case number(Double)
    case string(String)
    case list([DocumentNode])
    case map([DocumentEntry])

    /// Scalars share a line in a list (`[a, b]`); lists and maps do not.
    public var isScalar: Bool {
        switch self {
        case .null, .string, .number, .bool: true
        case .list, .map: false
        }
    }
}

/// One key of a mapping, with comment lines written above it in YAML (JSON has no comments).
public struct DocumentEntry: Sendable, Equatable {
    public var key: String
    public var value: DocumentNode
    public var comments: [String]

    public init(_ key: String, _ value: DocumentNode, comments: [String] = []) {
        self.key = key
        self.value = value
        self.comments = comments
    }
}
