/// Where a plain key's value is stored in its target; Sendable, as the reader that writes through it is.
public typealias KeyStorage<Target, Value> = any WritableKeyPath<Target, Value> & Sendable

/// One entry of a mapping as a key's reader sees it.
public struct KeyEntry: Sendable {
    public let key: Located<String>
    public let value: SourceNode
    /// How messages name the key: `does`, or `budget.attention` in a qualified section.
    public let label: String
    /// The path of what the section belongs to (`refund.amount`, `a->b`), for nested messages.
    public let path: String
}

/// A key declared once: its `KeySpec` (name, type, range, doc, fix), its JSON Schema and the
/// reader that stores its value into `Target`. A `KeySection` of bindings gives the keys a place
/// allows, reads a mapping by them and feeds `seams schema`, so no key is read under a name the
/// declaration does not list, or declared and never read.
public struct KeyBinding<Target>: Sendable {
    public typealias Reader = @Sendable (inout NodeReader, KeyEntry, inout Target) -> Void

    public let spec: KeySpec
    /// The key's JSON Schema: the spec's own unless the key has a richer one.
    public let schema: DocumentNode
    /// nil for a key read before its section's entries (the version gate) or read by no one (`plan`).
    public let read: Reader?

    public init(_ spec: KeySpec, schema: DocumentNode? = nil, read: Reader?) {
        self.spec = spec
        self.schema = schema ?? DocumentSchema.schema(spec)
        self.read = read
    }

    public var name: String { spec.name }
}

// MARK: plain keys: a value of the spec's type stored at a key path

extension KeyBinding {
    /// Text with its location.
    public static func text(_ name: String, doc: String = "", _ path: KeyStorage<Target, Located<String>?>) -> Self {
        Self(KeySpec(name, .text, doc: doc)) { reader, entry, target in target[keyPath: path] = reader.string(entry.value, entry.label) }
    }

    /// Text whose location nothing reports.
    public static func text(_ name: String, doc: String = "", _ path: KeyStorage<Target, String?>) -> Self {
        Self(KeySpec(name, .text, doc: doc)) { reader, entry, target in target[keyPath: path] = reader.string(entry.value, entry.label)?.value }
    }

    /// An id naming something declared elsewhere: text on one line.
    public static func identifier(_ name: String, _ path: KeyStorage<Target, Located<String>?>) -> Self {
        Self(KeySpec(name, .text)) { reader, entry, target in target[keyPath: path] = reader.identifier(entry.value, entry.label) }
    }

    /// A list of names with their locations (references are checked against them).
    public static func names(_ name: String, doc: String = "", _ path: KeyStorage<Target, [Located<String>]>) -> Self {
        Self(KeySpec(name, .textList, doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.stringList(entry.value, entry.label) ?? []
        }
    }

    /// A list of names, empty when the value is not a list.
    public static func names(_ name: String, doc: String = "", _ path: KeyStorage<Target, [String]>) -> Self {
        Self(KeySpec(name, .textList, doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.stringList(entry.value, entry.label)?.map(\.value) ?? []
        }
    }

    /// A list of names, nil when the value is not a list (unset and empty differ).
    public static func names(_ name: String, doc: String = "", _ path: KeyStorage<Target, [String]?>) -> Self {
        Self(KeySpec(name, .textList, doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.stringList(entry.value, entry.label)?.map(\.value)
        }
    }

    /// One of the words of `Value`, with a did-you-mean.
    public static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, doc: String = "", _ path: KeyStorage<Target, Located<Value>?>
    ) -> Self where Value.RawValue == String {
        Self(KeySpec(name, .choice(Value.allCases.map(\.rawValue)), doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.choice(entry.value, entry.label, as: Value.self)
        }
    }

    /// One of the words of `Value`, without its location.
    public static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, doc: String = "", _ path: KeyStorage<Target, Value?>
    ) -> Self where Value.RawValue == String {
        Self(KeySpec(name, .choice(Value.allCases.map(\.rawValue)), doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.choice(entry.value, entry.label, as: Value.self)?.value
        }
    }

    public static func boolean(_ name: String, doc: String = "", _ path: KeyStorage<Target, Located<Bool>?>) -> Self {
        Self(KeySpec(name, .boolean, doc: doc)) { reader, entry, target in target[keyPath: path] = reader.boolean(entry.value, entry.label) }
    }

    public static func boolean(_ name: String, doc: String = "", _ path: KeyStorage<Target, Bool?>) -> Self {
        Self(KeySpec(name, .boolean, doc: doc)) { reader, entry, target in
            target[keyPath: path] = reader.boolean(entry.value, entry.label)?.value
        }
    }

    /// A number in the spec's range (a whole one for an `.integer` spec).
    public static func number(_ spec: KeySpec, _ path: KeyStorage<Target, Double?>) -> Self {
        Self(spec) { reader, entry, target in target[keyPath: path] = reader.number(entry.value, spec, path: entry.label)?.value }
    }

    /// A number in the spec's range, with its location (a threshold a finding points back to).
    public static func number(_ spec: KeySpec, _ path: KeyStorage<Target, Located<Double>?>) -> Self {
        Self(spec) { reader, entry, target in target[keyPath: path] = reader.number(entry.value, spec, path: entry.label) }
    }

    public static func integer(_ spec: KeySpec, _ path: KeyStorage<Target, Int?>) -> Self {
        Self(spec) { reader, entry, target in target[keyPath: path] = reader.integer(entry.value, spec, path: entry.label)?.value }
    }

    /// A nested mapping read by its own section into the value at `path`; a value that is no
    /// mapping is reported and leaves it as it was.
    public static func section<Inner>(_ name: String, doc: String = "", _ section: KeySection<Inner>,
                                      _ path: KeyStorage<Target, Inner>) -> Self {
        Self(KeySpec(name, .section, doc: doc), schema: DocumentSchema.object(section, nullable: false)) { reader, entry, target in
            _ = section.read(entry.value, into: &target[keyPath: path], reader: &reader, in: entry.label, path: entry.path)
        }
    }

    /// A key the format documents and the loader leaves to others (`plan`).
    public static func ignored(_ spec: KeySpec) -> Self { Self(spec, read: nil) }
}
