/// The keys one place of a file allows, in their documented order, each bound to its reader: the
/// one declaration from which the reader of that place, its allowed keys (for did-you-mean) and
/// its part of `seams schema` all come.
public struct KeySection<Target>: Sendable {
    public let bindings: [KeyBinding<Target>]
    /// Prefixes the key in messages: `budget` gives `budget.attention`.
    public let qualifier: String?
    /// What the place is, for the schema's description.
    public let doc: String?
    /// When set, the keys are read in this order, wherever they are written (declarations before
    /// references); otherwise in the order written.
    public let readOrder: [String]?
    /// Keys without which the place means nothing (`seams`, an interface's endpoints): read
    /// first, by the place's own reader, which reports each one missing in its own words.
    public let required: [String]
    /// The names, for `NodeReader.mapping(allowedKeys:)`.
    public let names: [String]

    public init(_ bindings: [KeyBinding<Target>], qualifier: String? = nil, doc: String? = nil, required: [String] = [],
                readOrder: [String]? = nil) {
        self.bindings = bindings
        self.qualifier = qualifier
        self.doc = doc
        self.required = required
        self.readOrder = readOrder
        names = bindings.map(\.name)
    }

    public subscript(name: String) -> KeySpec? { binding(name)?.spec }

    public func binding(_ name: String) -> KeyBinding<Target>? { bindings.first { $0.name == name } }

    /// The same place without one key (an input's declaration has no conflict rule).
    public func removing(_ name: String) -> KeySection {
        KeySection(bindings.filter { $0.name != name }, qualifier: qualifier, required: required.filter { $0 != name },
                   readOrder: readOrder?.filter { $0 != name })
    }

    /// The entries of a mapping, with unknown keys (did-you-mean), duplicates and non-text keys
    /// reported; nil, with an error, when `node` is no mapping.
    public func entries(of node: SourceNode, reader: inout NodeReader,
                        in what: @autoclosure () -> String) -> [(key: Located<String>, value: SourceNode)]? {
        reader.mapping(node, allowedKeys: names, in: what())
    }

    /// Reads entries already checked by `entries(of:reader:in:)` into `target`, each through its binding.
    public func read(_ entries: [(key: Located<String>, value: SourceNode)], into target: inout Target,
                     reader: inout NodeReader, path: String = "") {
        func dispatch(_ entry: (key: Located<String>, value: SourceNode)) {
            guard let readValue = binding(entry.key.value)?.read else { return }
            let label = qualifier.map { "\($0).\(entry.key.value)" } ?? entry.key.value
            readValue(&reader, KeyEntry(key: entry.key, value: entry.value, label: label, path: path), &target)
        }
        guard let readOrder else {
            for entry in entries { dispatch(entry) }
            return
        }
        for name in readOrder {
            if let entry = entries.first(where: { $0.key.value == name }) { dispatch(entry) }
        }
    }

    /// Reads a mapping into `target`; false, with an error, when `node` is no mapping.
    public func read(_ node: SourceNode, into target: inout Target, reader: inout NodeReader,
                     in what: @autoclosure () -> String, path: String = "") -> Bool {
        guard let entries = entries(of: node, reader: &reader, in: what()) else { return false }
        read(entries, into: &target, reader: &reader, path: path)
        return true
    }
}
