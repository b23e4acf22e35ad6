import Foundation
import OrderedCollections

/// Builds a validated `Document` from a located tree, reporting every problem of the file at once.
public struct DocumentLoader {
    /// How large a file, and how deep and wide its tree, the loader accepts.
    public let limits: LoadLimits
    /// Whether a decomposition may list concerns no module holds yet: an edited plan given to
    /// `seams plan --keep`, whose repair places them. Everywhere else such a concern is an error.
    public var allowsUnplacedConcerns = false

    public init(limits: LoadLimits = .standard, allowsUnplacedConcerns: Bool = false) {
        self.limits = limits
        self.allowsUnplacedConcerns = allowsUnplacedConcerns
    }

    /// Reads, parses and validates a document file.
    public func load(path: String, displayPath: String? = nil) throws(DocumentError) -> Document {
        let root = try SourceReader.read(path: path, displayPath: displayPath, limits: limits)
        return try load(root: root, file: displayPath ?? path)
    }

    /// Parses and validates a document held in memory (tests, stdin, generated specs).
    public func load(text: String, file: String) throws(DocumentError) -> Document {
        let root = try SourceReader.parse(Data(text.utf8), file: file, limits: limits)
        return try load(root: root, file: file)
    }

    /// Validates a parsed tree; throws every error found, sorted by location.
    public func load(root: SourceNode, file: String) throws(DocumentError) -> Document {
        var build = DocumentBuilder(file: file)
        build.allowsUnplacedConcerns = allowsUnplacedConcerns
        build.readTopLevel(root)
        if build.reader.hasErrors { throw DocumentError(build.reader.diagnostics.filter { $0.severity == .error }) }
        build.document.warnings = build.reader.diagnostics.filter { $0.severity != .error }
        return build.document
    }
}

/// The mutable state of one load: the document being built and the diagnostics so far.
private struct DocumentBuilder {
    var document: Document
    var reader = NodeReader()
    var allowsUnplacedConcerns = false

    init(file: String) {
        document = Document(file: file)
    }

    mutating func readTopLevel(_ root: SourceNode) {
        let keys = SeamsFileKeys.document
        guard let entries = keys.entries(of: root, reader: &reader, in: "the document") else { return }
        guard let version = entries.first(where: { $0.key.value == SeamsFileKeys.version.name }) else {
            reader.report("document.version", at: root.location, "the document does not say which format it uses",
                          fix: "add `seams: 1` as the first line")
            return
        }
        guard let number = reader.integer(version.value, "seams (the format version)") else { return }
        guard number.value == 1 else {
            reader.report("document.version", at: version.value.location, "format version \(number.value) is not supported",
                          fix: "this Seams reads `seams: 1`; upgrade Seams or convert the document")
            return
        }
        document.version = 1
        keys.read(entries, into: &document, reader: &reader)
        validateReferences()
    }

    // MARK: references

    private mutating func validateReferences() {
        let concernIDs = Array(document.concerns.keys)
        let moduleIDs = Array(document.modules.keys)

        // A read that nothing writes and no input declares is a typo, or an input not yet listed.
        for diagnostic in UnwrittenReads.diagnostics(document) + InputUse.warnings(document) + StaleInterfaces.warnings(document) {
            reader.report(diagnostic.id, diagnostic.severity, at: diagnostic.location, diagnostic.message, fix: diagnostic.fix)
        }
        // Every artifact a concern touches exists, declared or not.
        for concern in document.concerns.values {
            for reference in concern.reads + concern.writes where document.artifacts[reference.value] == nil {
                document.artifacts[reference.value] = Artifact(id: reference.value, location: reference.location, isDeclared: false)
            }
        }

        // Each concern belongs to exactly one module.
        var owner: [String: String] = [:]
        for module in document.modules.values {
            for reference in module.concerns {
                guard document.concerns[reference.value] != nil else {
                    reportUnknown(.concernUnknown, "concern", reference, among: concernIDs, fix: "declare it under `concerns:` or remove it")
                    continue
                }
                if let other = owner[reference.value] {
                    reader.report("concern.doubled", at: reference.location,
                                  "concern '\(reference.value)' is in module '\(other)' and again in '\(module.id)'",
                                  fix: "keep it in one module")
                    continue
                }
                owner[reference.value] = module.id
            }
        }
        if document.hasModules && !document.modules.isEmpty && !allowsUnplacedConcerns {
            for concern in document.concerns.values where owner[concern.id] == nil {
                reader.report("concern.orphan", at: concern.location, "concern '\(concern.id)' belongs to no module",
                              fix: "add it to one module's `concerns:`")
            }
        }

        // Interfaces connect two different, existing modules, once per direction.
        var seenPairs: [String: SourceLocation] = [:]
        for interface in document.interfaces {
            var valid = true
            for end in [interface.from, interface.to] where document.modules[end.value] == nil {
                reportUnknown(.moduleUnknown, "module", end, among: moduleIDs, fix: "declare it under `modules:` or correct the name")
                valid = false
            }
            if valid && interface.from.value == interface.to.value {
                reader.report("interface.self", at: interface.to.location,
                              "the interface goes from '\(interface.from.value)' to itself",
                              fix: "an interface connects two different modules; remove it")
            }
            let key = "\(interface.from.value)\u{0}\(interface.to.value)"
            if let first = seenPairs[key] {
                reader.report("interface.duplicate", at: interface.location,
                              "a second interface \(interface.from.value) -> \(interface.to.value) (first at line \(first.line))",
                              fix: "merge the two into one interface")
            } else {
                seenPairs[key] = interface.location
            }
            for carried in interface.carries where document.artifacts[carried.value] == nil {
                let declared = document.artifacts.values.filter(\.isDeclared).map(\.id)
                if let near = NearestName.suggestion(for: carried.value, among: declared) {
                    reader.report("artifact.unknown", .warning, at: carried.location, "artifact '\(carried.value)' is declared nowhere",
                                  fix: "rename it to '\(near)', or declare it under `artifacts:`", suggestion: near)
                }
                document.artifacts[carried.value] = Artifact(id: carried.value, location: carried.location, isDeclared: false)
            }
        }

        for group in document.constraints.together + document.constraints.apart {
            for reference in group where document.concerns[reference.value] == nil {
                reportUnknown(.concernUnknown, "concern", reference, among: concernIDs, fix: "name a concern declared under `concerns:`")
            }
        }
    }

    private mutating func reportUnknown(_ id: DiagnosticID, _ kind: String, _ reference: Located<String>, among candidates: [String], fix: String) {
        let hint = NearestName.suggestion(for: reference.value, among: candidates)
        reader.report(id.name, at: reference.location, "no \(kind) named '\(reference.value)'",
                      fix: hint.map { "rename it to '\($0)'" } ?? fix, suggestion: hint)
    }
}

/// The readers of the document's keys that are more than one typed value: the id tables, inputs,
/// interfaces, fields and their special keys. The sections of `SeamsFileKeys` bind each key to
/// its reader here; none of them switches on key names.
enum DocumentReaders {
    // MARK: the id tables

    static func artifacts(_ reader: inout NodeReader, _ entry: KeyEntry, _ document: inout Document) {
        for (artifact, complete) in table(entry, kind: "artifact", SeamsFileKeys.artifact, reader: &reader,
                                          make: { Artifact(id: $0.value, location: $0.location) }) where complete {
            document.artifacts[artifact.id] = artifact
        }
    }

    static func concerns(_ reader: inout NodeReader, _ entry: KeyEntry, _ document: inout Document) {
        for (concern, _) in table(entry, kind: "concern", SeamsFileKeys.concern, reader: &reader,
                                  make: { Concern(id: $0.value, location: $0.location) }) {
            document.concerns[concern.id] = concern
        }
    }

    static func modules(_ reader: inout NodeReader, _ entry: KeyEntry, _ document: inout Document) {
        document.hasModules = true
        for (module, _) in table(entry, kind: "module", SeamsFileKeys.module, reader: &reader,
                                 make: { Module(id: $0.value, location: $0.location) }) {
            document.modules[module.id] = module
        }
    }

    /// `id: { keys }` entries, each read by `section` into a new item (`id:` alone: an item with no
    /// keys). An entry that is no mapping is reported and comes back incomplete.
    private static func table<Item>(_ table: KeyEntry, kind: String, _ section: KeySection<Item>,
                                    reader: inout NodeReader, make: (Located<String>) -> Item) -> [(item: Item, complete: Bool)] {
        var items: [(item: Item, complete: Bool)] = []
        for entry in reader.mapping(table.value, allowedKeys: nil, in: table.label) ?? [] {
            var item = make(entry.key)
            if entry.value.isNull {
                items.append((item, true))
                continue
            }
            let complete = section.read(entry.value, into: &item, reader: &reader, in: "\(kind) '\(entry.key.value)'", path: entry.key.value)
            items.append((item, complete))
        }
        return items
    }

    // MARK: inputs

    /// `inputs:` names the artifacts that come from outside the task: a list of ids, or a map from
    /// id to a declaration (`about`, `fields`, `weight`) or to nothing. Read after `artifacts:`.
    static func inputs(_ reader: inout NodeReader, _ entry: KeyEntry, _ document: inout Document) {
        if case .sequence = entry.value.value {
            for id in reader.stringList(entry.value, "inputs") ?? [] { markInput(id, body: nil, reader: &reader, document: &document) }
            return
        }
        for input in reader.mapping(entry.value, allowedKeys: nil, in: "inputs") ?? [] {
            markInput(input.key, body: input.value.isNull ? nil : input.value, reader: &reader, document: &document)
        }
    }

    private static func markInput(_ id: Located<String>, body: SourceNode?, reader: inout NodeReader, document: inout Document) {
        var artifact = document.artifacts[id.value] ?? Artifact(id: id.value, location: id.location, isDeclared: body != nil)
        if let first = artifact.inputLocation {
            reader.report("input.duplicate", at: id.location, "'\(id.value)' is listed under inputs twice (first at line \(first.line))",
                          fix: "list it once")
            return
        }
        if let body {
            if document.artifacts[id.value] != nil {
                reader.report("input.duplicate", at: id.location,
                              "input '\(id.value)' is also declared under artifacts (line \(artifact.location.line))",
                              fix: "declare it in one place: keep its fields under inputs and remove the artifacts entry")
                return
            }
            guard SeamsFileKeys.input.read(body, into: &artifact, reader: &reader, in: "input '\(id.value)'", path: id.value) else { return }
        }
        artifact.inputLocation = id.location
        document.artifacts[id.value] = artifact
    }

    // MARK: interfaces

    static func interfaces(_ reader: inout NodeReader, _ entry: KeyEntry, _ document: inout Document) {
        guard case .sequence(let items) = entry.value.value else {
            reader.report("type.mismatch", at: entry.value.location, "interfaces should be a list, found \(entry.value.kindName)",
                          fix: "write each interface as a list item: `- { from: a, to: b }`")
            return
        }
        let section = SeamsFileKeys.interface
        for item in items {
            guard let keys = section.entries(of: item, reader: &reader, in: "an interface") else { continue }
            var draft = InterfaceDraft(location: item.location)
            section.read(keys.filter { section.required.contains($0.key.value) }, into: &draft, reader: &reader)
            guard let from = draft.from, let to = draft.to else {
                for (name, producer) in [("from", "producing"), ("to", "consuming")] where !keys.contains(where: { $0.key.value == name }) {
                    reader.report("interface.endpoint", at: item.location, "the interface has no `\(name)`",
                                  fix: "name the \(producer) module: `\(name): <module>`")
                }
                continue
            }
            draft.interface = Interface(from: from, to: to, location: item.location)
            section.read(keys.filter { !section.required.contains($0.key.value) }, into: &draft, reader: &reader,
                         path: "\(from.value)->\(to.value)")
            document.interfaces.append(draft.interface)
        }
    }

    static func payload(_ reader: inout NodeReader, _ entry: KeyEntry, _ draft: inout InterfaceDraft) {
        draft.interface.payloadLocation = entry.key.location
        draft.interface.payload = payload(entry.value, path: entry.path, reader: &reader)
    }

    private static func payload(_ node: SourceNode, path: String, reader: inout NodeReader) -> Payload? {
        if case .scalar = node.value, let prose = reader.string(node, "payload") {
            return .prose(prose)
        }
        var payload = PayloadDraft()
        guard SeamsFileKeys.payload.read(node, into: &payload, reader: &reader, in: "the payload of \(path)", path: path) else { return nil }
        if let fields = payload.fields { return .fields(fields) }
        if let prose = payload.prose { return .prose(prose) }
        reader.report("payload.empty", at: node.location, "the payload declares neither fields nor prose",
                      fix: "add `fields:` with the payload's structure")
        return nil
    }

    // MARK: fields

    static func fields(_ node: SourceNode, path: String, reader: inout NodeReader) -> [Field]? {
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "the fields of '\(path)'") else { return nil }
        var fields: [Field] = []
        for entry in entries {
            if let field = Self.field(entry.value, name: entry.key.value, at: entry.key.location, path: "\(path).\(entry.key.value)",
                                 reader: &reader) {
                fields.append(field)
            }
        }
        return fields
    }

    private static func field(_ node: SourceNode, name: String, at location: SourceLocation, path: String,
                              reader: inout NodeReader) -> Field? {
        var field = Field(name: name, location: location)
        if node.isNull { return field }
        // Shorthand: `employer: string` names the type.
        if case .scalar = node.value {
            field.type = reader.choice(node, "the type of '\(path)'", as: FieldType.self)?.value
            return field
        }
        guard SeamsFileKeys.field.read(node, into: &field, reader: &reader, in: "field '\(path)'", path: path) else { return nil }
        if field.items != nil, let type = field.type, type != .array, type != .map {
            reader.report("type.mismatch", at: location, "'\(path)' has items but its type is \(type.rawValue)",
                          fix: "set `type: array` (or `type: map` for a map's values), or remove items")
        }
        return field
    }

    static func items(_ reader: inout NodeReader, _ entry: KeyEntry, _ field: inout Field) {
        if let item = Self.field(entry.value, name: "items", at: entry.key.location, path: "\(entry.path)[]", reader: &reader) {
            field.items = Box(item)
        }
    }

    static func range(_ reader: inout NodeReader, _ entry: KeyEntry, _ field: inout Field) {
        guard case .sequence(let bounds) = entry.value.value, bounds.count == 2 else {
            reader.report("type.mismatch", at: entry.value.location, "range should be a list of two numbers",
                          fix: "write it as [min, max], e.g. [0, 1]")
            return
        }
        let numbers = bounds.compactMap {
            reader.number($0, "a bound of range", in: .fieldBound, fix: "write the bounds the field's values really have, e.g. [0, 1]")?.value
        }
        guard numbers.count == 2 else { return }
        if numbers[0] > numbers[1] {
            reader.report("value.invalid", at: entry.value.location, "range [\(numbers[0]), \(numbers[1])] is empty",
                          fix: "write the smaller bound first")
        } else {
            field.range = numbers
        }
    }

    static func values(_ reader: inout NodeReader, _ entry: KeyEntry, _ field: inout Field) {
        guard let values = reader.stringList(entry.value, "values") else { return }
        if values.isEmpty {
            reader.report("value.invalid", at: entry.value.location, "values is empty", fix: "list the allowed values")
        } else {
            field.values = values.map(\.value)
        }
    }

    // MARK: constraints

    /// `together:` or `apart:`: a list of groups, each a list of concerns.
    static func groups(_ reader: inout NodeReader, _ entry: KeyEntry) -> [[Located<String>]]? {
        guard case .sequence(let groups) = entry.value.value else {
            reader.report("type.mismatch", at: entry.value.location, "\(entry.label) should be a list of lists of concerns",
                          fix: "write e.g. `\(entry.key.value): [[parse-docs, score-risk]]`")
            return nil
        }
        return groups.compactMap { reader.stringList($0, "a \(entry.key.value) group") }
    }
}

/// An interface while it is read: its endpoints come first, since the payload's messages name
/// them; the interface is made from them once both are read.
struct InterfaceDraft {
    var from: Located<String>?
    var to: Located<String>?
    var interface: Interface

    init(location: SourceLocation) {
        interface = Interface(from: Located("", at: location), to: Located("", at: location), location: location)
    }
}

/// A payload written as a mapping, before it is known which of fields and prose it declares.
struct PayloadDraft {
    var fields: [Field]?
    var prose: Located<String>?
}
