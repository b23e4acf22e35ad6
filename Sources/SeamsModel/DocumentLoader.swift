import Foundation
import OrderedCollections

/// Builds a validated `Document` from a located tree, reporting every problem of the file at once.
public struct DocumentLoader {
    /// Keys the format allows, per place; the loader rejects others with a did-you-mean.
    public enum Keys {
        public static let topLevel = ["seams", "name", "goal", "budget", "defaults", "policy", "inputs", "artifacts",
                                      "concerns", "modules", "interfaces", "constraints", "plan"]
        public static let budget = SeamsFileKeys.documentBudget.names
        public static let defaults = ["required"]
        public static let policy = SeamsFileKeys.policy.names
        public static let artifact = SeamsFileKeys.artifact.names
        /// An input's own declaration: an artifact that no concern writes, so no conflict rule.
        public static let input = SeamsFileKeys.artifact.names.filter { $0 != "on-conflict" }
        public static let field = ["type", "items", "fields", "format", "unit", "range", "values", "required", "ordering", "about"]
        public static let concern = SeamsFileKeys.concern.names
        public static let module = SeamsFileKeys.module.names
        public static let interface = SeamsFileKeys.interface.names
        public static let payload = ["fields", "prose"]
        public static let constraints = ["together", "apart"]
    }

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
        guard let entries = reader.mapping(root, allowedKeys: DocumentLoader.Keys.topLevel, in: "the document") else { return }
        let byKey = Dictionary(entries.map { ($0.key.value, $0) }, uniquingKeysWith: { first, _ in first })
        guard let version = byKey["seams"] else {
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
        // Declarations first, so references can be checked whatever order the keys are written in.
        for key in ["name", "goal", "budget", "defaults", "policy", "artifacts", "inputs", "concerns", "modules", "interfaces", "constraints"] {
            guard let entry = byKey[key] else { continue }
            read(key, entry.value)
        }
        validateReferences()
    }

    private mutating func read(_ key: String, _ node: SourceNode) {
        switch key {
        case "name": document.name = reader.string(node, "name")?.value
        case "goal": document.goal = reader.string(node, "goal")
        case "budget": readBudget(node)
        case "defaults":
            guard let entries = reader.mapping(node, allowedKeys: DocumentLoader.Keys.defaults, in: "defaults") else { return }
            for entry in entries where entry.key.value == "required" {
                document.defaultRequired = reader.boolean(entry.value, "defaults.required")?.value
            }
        case "policy": readPolicy(node)
        case "artifacts": readArtifacts(node)
        case "inputs": readInputs(node)
        case "concerns": readConcerns(node)
        case "modules": readModules(node)
        case "interfaces": readInterfaces(node)
        case "constraints": readConstraints(node)
        default: break
        }
    }

    private mutating func readBudget(_ node: SourceNode) {
        guard let entries = reader.mapping(node, allowedKeys: DocumentLoader.Keys.budget, in: "budget") else { return }
        for entry in entries {
            switch entry.key.value {
            case "attention":
                document.attentionBudget = reader.number(entry.value, SeamsFileKeys.attention, path: "budget.attention")?.value
            case "modules":
                guard let spec = SeamsFileKeys.documentBudget["modules"] else { break }
                document.moduleCount = reader.integer(entry.value, spec, path: "budget.modules")?.value
            default: break
            }
        }
    }

    private mutating func readPolicy(_ node: SourceNode) {
        guard let overrides = PolicyOverrides.read(node, reader: &reader) else { return }
        document.policyOverrides = overrides
    }

    // MARK: artifacts and fields

    private mutating func readArtifacts(_ node: SourceNode) {
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "artifacts") else { return }
        for entry in entries {
            var artifact = Artifact(id: entry.key.value, location: entry.key.location)
            if entry.value.isNull {
                document.artifacts[artifact.id] = artifact
                continue
            }
            guard readArtifactBody(entry.value, into: &artifact, allowedKeys: DocumentLoader.Keys.artifact,
                                   in: "artifact '\(artifact.id)'") else { continue }
            document.artifacts[artifact.id] = artifact
        }
    }

    /// `inputs:` names the artifacts that come from outside the task: a list of ids, or a map from
    /// id to a declaration (`about`, `fields`, `weight`) or to nothing. Read after `artifacts:`.
    private mutating func readInputs(_ node: SourceNode) {
        if case .sequence = node.value {
            for id in reader.stringList(node, "inputs") ?? [] { markInput(id, body: nil) }
            return
        }
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "inputs") else { return }
        for entry in entries { markInput(entry.key, body: entry.value.isNull ? nil : entry.value) }
    }

    private mutating func markInput(_ id: Located<String>, body: SourceNode?) {
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
            guard readArtifactBody(body, into: &artifact, allowedKeys: DocumentLoader.Keys.input, in: "input '\(id.value)'") else { return }
        }
        artifact.inputLocation = id.location
        document.artifacts[id.value] = artifact
    }

    /// Reads the keys of an artifact's declaration (under `artifacts:` or `inputs:`); false when it is not a mapping.
    private mutating func readArtifactBody(_ node: SourceNode, into artifact: inout Artifact, allowedKeys: [String],
                                           in what: String) -> Bool {
        guard let keys = reader.mapping(node, allowedKeys: allowedKeys, in: what) else { return false }
        for (key, value) in keys {
            switch key.value {
            case "about": artifact.about = reader.string(value, "about")
            case "fields": artifact.fields = readFields(value, path: artifact.id)
            case "weight":
                if let spec = SeamsFileKeys.artifact["weight"], let weight = reader.number(value, spec, path: "weight") {
                    artifact.weight = weight.value
                }
            case "on-conflict": artifact.onConflict = reader.string(value, "on-conflict")
            default: break
            }
        }
        return true
    }

    private mutating func readFields(_ node: SourceNode, path: String) -> [Field]? {
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "the fields of '\(path)'") else { return nil }
        var fields: [Field] = []
        for entry in entries {
            if let field = readField(entry.value, name: entry.key.value, at: entry.key.location, path: "\(path).\(entry.key.value)") {
                fields.append(field)
            }
        }
        return fields
    }

    private mutating func readField(_ node: SourceNode, name: String, at location: SourceLocation, path: String) -> Field? {
        var field = Field(name: name, location: location)
        if node.isNull { return field }
        // Shorthand: `employer: string` names the type.
        if case .scalar = node.value {
            field.type = reader.choice(node, "the type of '\(path)'", as: FieldType.self)?.value
            return field
        }
        guard let keys = reader.mapping(node, allowedKeys: DocumentLoader.Keys.field, in: "field '\(path)'") else { return nil }
        for (key, value) in keys {
            switch key.value {
            case "type": field.type = reader.choice(value, "type", as: FieldType.self)?.value
            case "items":
                if let item = readField(value, name: "items", at: key.location, path: "\(path)[]") { field.items = Box(item) }
            case "fields": field.fields = readFields(value, path: path)
            case "format":
                field.format = reader.string(value, "format")?.value
                field.formatLocation = value.location
            case "unit":
                field.unit = reader.string(value, "unit")?.value
                field.unitLocation = value.location
            case "range":
                guard case .sequence(let bounds) = value.value, bounds.count == 2 else {
                    reader.report("type.mismatch", at: value.location, "range should be a list of two numbers",
                                  fix: "write it as [min, max], e.g. [0, 1]")
                    continue
                }
                let numbers = bounds.compactMap {
                    reader.number($0, "a bound of range", in: .fieldBound, fix: "write the bounds the field's values really have, e.g. [0, 1]")?.value
                }
                if numbers.count == 2 {
                    if numbers[0] > numbers[1] {
                        reader.report("value.invalid", at: value.location, "range [\(numbers[0]), \(numbers[1])] is empty",
                                      fix: "write the smaller bound first")
                    } else {
                        field.range = numbers
                    }
                }
            case "values":
                if let values = reader.stringList(value, "values") {
                    if values.isEmpty {
                        reader.report("value.invalid", at: value.location, "values is empty", fix: "list the allowed values")
                    } else {
                        field.values = values.map(\.value)
                    }
                }
            case "required": field.required = reader.boolean(value, "required")?.value
            case "ordering":
                field.ordering = reader.string(value, "ordering")?.value
                field.orderingLocation = value.location
            case "about": field.about = reader.string(value, "about")
            default: break
            }
        }
        if field.items != nil, let type = field.type, type != .array, type != .map {
            reader.report("type.mismatch", at: location, "'\(path)' has items but its type is \(type.rawValue)",
                          fix: "set `type: array` (or `type: map` for a map's values), or remove items")
        }
        return field
    }

    // MARK: concerns

    private mutating func readConcerns(_ node: SourceNode) {
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "concerns") else { return }
        for entry in entries {
            var concern = Concern(id: entry.key.value, location: entry.key.location)
            defer { document.concerns[concern.id] = concern }
            if entry.value.isNull { continue }
            guard let keys = reader.mapping(entry.value, allowedKeys: DocumentLoader.Keys.concern,
                                            in: "concern '\(concern.id)'") else { continue }
            for (key, value) in keys {
                switch key.value {
                case "does": concern.does = reader.string(value, "does")
                case "reads": concern.reads = reader.stringList(value, "reads") ?? []
                case "writes": concern.writes = reader.stringList(value, "writes") ?? []
                case "effect": concern.effect = reader.choice(value, "effect", as: Effect.self)
                case "gate": concern.gate = reader.choice(value, "gate", as: Gate.self)
                case "actor": concern.actor = reader.choice(value, "actor", as: Actor.self)
                case "role": concern.role = reader.choice(value, "role", as: ConcernRole.self)
                case "tools": concern.tools = reader.stringList(value, "tools")?.map(\.value) ?? []
                case "load":
                    if let spec = SeamsFileKeys.concern["load"], let load = reader.number(value, spec, path: "load") {
                        concern.statedLoad = load.value
                    }
                default: break
                }
            }
        }
    }

    // MARK: modules

    private mutating func readModules(_ node: SourceNode) {
        document.hasModules = true
        guard let entries = reader.mapping(node, allowedKeys: nil, in: "modules") else { return }
        for entry in entries {
            var module = Module(id: entry.key.value, location: entry.key.location)
            defer { document.modules[module.id] = module }
            if entry.value.isNull { continue }
            guard let keys = reader.mapping(entry.value, allowedKeys: DocumentLoader.Keys.module,
                                            in: "module '\(module.id)'") else { continue }
            for (key, value) in keys {
                switch key.value {
                case "concerns": module.concerns = reader.stringList(value, "concerns") ?? []
                case "role": module.role = reader.string(value, "role")
                case "objective": module.objective = reader.string(value, "objective")
                case "output": module.output = reader.string(value, "output")
                case "tools": module.tools = reader.stringList(value, "tools")?.map(\.value)
                case "boundaries": module.boundaries = reader.string(value, "boundaries")
                case "pinned": module.pinned = reader.boolean(value, "pinned")
                default: break
                }
            }
        }
    }

    // MARK: interfaces

    private mutating func readInterfaces(_ node: SourceNode) {
        guard case .sequence(let items) = node.value else {
            reader.report("type.mismatch", at: node.location, "interfaces should be a list, found \(node.kindName)",
                          fix: "write each interface as a list item: `- { from: a, to: b }`")
            return
        }
        for item in items {
            guard let keys = reader.mapping(item, allowedKeys: DocumentLoader.Keys.interface, in: "an interface") else { continue }
            var from: Located<String>?
            var to: Located<String>?
            for (key, value) in keys where key.value == "from" || key.value == "to" {
                if key.value == "from" { from = reader.identifier(value, "from") } else { to = reader.identifier(value, "to") }
            }
            guard let from, let to else {
                if !keys.contains(where: { $0.key.value == "from" }) {
                    reader.report("interface.endpoint", at: item.location, "the interface has no `from`",
                                  fix: "name the producing module: `from: <module>`")
                }
                if !keys.contains(where: { $0.key.value == "to" }) {
                    reader.report("interface.endpoint", at: item.location, "the interface has no `to`",
                                  fix: "name the consuming module: `to: <module>`")
                }
                continue
            }
            var interface = Interface(from: from, to: to, location: item.location)
            for (key, value) in keys {
                switch key.value {
                case "carries": interface.carries = reader.stringList(value, "carries") ?? []
                case "payload":
                    interface.payloadLocation = key.location
                    interface.payload = readPayload(value, path: "\(from.value)->\(to.value)")
                case "on-error": interface.onError = reader.string(value, "on-error")
                case "done": interface.done = reader.string(value, "done")
                case "delivery": interface.delivery = reader.string(value, "delivery")
                case "about": interface.about = reader.string(value, "about")
                default: break
                }
            }
            document.interfaces.append(interface)
        }
    }

    private mutating func readPayload(_ node: SourceNode, path: String) -> Payload? {
        if case .scalar = node.value, let prose = reader.string(node, "payload") {
            return .prose(prose)
        }
        guard let keys = reader.mapping(node, allowedKeys: DocumentLoader.Keys.payload, in: "the payload of \(path)") else { return nil }
        var fields: [Field]?
        var prose: Located<String>?
        for (key, value) in keys {
            if key.value == "fields" { fields = readFields(value, path: path) } else { prose = reader.string(value, "prose") }
        }
        if let fields { return .fields(fields) }
        if let prose { return .prose(prose) }
        reader.report("payload.empty", at: node.location, "the payload declares neither fields nor prose",
                      fix: "add `fields:` with the payload's structure")
        return nil
    }

    // MARK: constraints

    private mutating func readConstraints(_ node: SourceNode) {
        guard let keys = reader.mapping(node, allowedKeys: DocumentLoader.Keys.constraints, in: "constraints") else { return }
        for (key, value) in keys {
            guard case .sequence(let groups) = value.value else {
                reader.report("type.mismatch", at: value.location, "constraints.\(key.value) should be a list of lists of concerns",
                              fix: "write e.g. `\(key.value): [[parse-docs, score-risk]]`")
                continue
            }
            let lists = groups.compactMap { reader.stringList($0, "a \(key.value) group") }
            if key.value == "together" { document.constraints.together = lists } else { document.constraints.apart = lists }
        }
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
