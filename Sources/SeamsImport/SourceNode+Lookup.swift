import SeamsModel

/// Lenient lookups for framework files: a missing or mistyped value is nil, never an error,
/// because importers warn about what they cannot read instead of rejecting the file.
extension SourceNode {
    var entries: [Entry] {
        if case .mapping(let entries) = value { return entries }
        return []
    }

    var items: [SourceNode] {
        if case .sequence(let items) = value { return items }
        return []
    }

    var isMapping: Bool {
        if case .mapping = value { return true }
        return false
    }

    subscript(key: String) -> SourceNode? {
        entries.first { $0.key.scalarText == key }?.value
    }

    /// The key node of `key`, for locations that should point at the key.
    func keyNode(_ key: String) -> SourceNode? {
        entries.first { $0.key.scalarText == key }?.key
    }

    /// The trimmed text of a scalar value, or nil for null, empty or a collection.
    func text(_ key: String) -> Located<String>? {
        self[key]?.located
    }

    var located: Located<String>? {
        guard let text = scalarText, !isNull else { return nil }
        let trimmed = text.trimmed
        return trimmed.isEmpty ? nil : Located(trimmed, at: location)
    }

    func bool(_ key: String) -> Bool? {
        switch self[key]?.scalarText {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Scalars of a list value, or a single scalar as a one-item list.
    func strings(_ key: String) -> [Located<String>] {
        guard let node = self[key] else { return [] }
        if let single = node.located { return [single] }
        return node.items.compactMap(\.located)
    }
}
