public import SeamsModel
import OrderedCollections

/// Writes a `Document` back as a tree in the `seams: 1` format, keeping only keys the loader
/// accepts (`SeamsFileKeys`), in their documented order. Undeclared artifacts stay undeclared.
public enum DocumentEmitter {
    /// Comments to attach: above each interface (by `from->to`) and above each module (by id).
    public struct Comments: Sendable {
        public var interfaces: [String: [String]] = [:]
        public var modules: [String: [String]] = [:]
        public init() {}
    }

    public static func tree(_ document: Document, comments: Comments = Comments()) -> DocumentNode {
        var top: [DocumentEntry] = [DocumentEntry("seams", .number(Double(document.version)))]
        top.append("name", document.name.map(DocumentNode.string))
        top.append("goal", .text(document.goal))
        var budget: [DocumentEntry] = []
        budget.append("attention", document.attentionBudget.map(DocumentNode.number))
        budget.append("modules", document.moduleCount.map { .number(Double($0)) })
        top.append("budget", budget.isEmpty ? nil : .map(budget))
        top.append("defaults", document.defaultRequired.map { .map([DocumentEntry("required", .bool($0))]) })
        var policy: [DocumentEntry] = []
        policy.append("isolate-max-open-bits", document.policyOverrides.isolateMaxOpenBits.map(DocumentNode.number))
        policy.append("share-context-ratio", document.policyOverrides.shareContextRatio.map(DocumentNode.number))
        top.append("policy", policy.isEmpty ? nil : .map(policy))

        let inputs = document.artifacts.values.filter(\.isInput).map { DocumentNode.string($0.id) }
        if !inputs.isEmpty { top.append(DocumentEntry("inputs", .list(inputs))) }
        let artifacts = document.artifacts.values.filter(\.isDeclared).map { DocumentEntry($0.id, artifact($0)) }
        if !artifacts.isEmpty { top.append(DocumentEntry("artifacts", .map(artifacts))) }
        let concerns = document.concerns.values.map { DocumentEntry($0.id, concern($0)) }
        if !concerns.isEmpty { top.append(DocumentEntry("concerns", .map(concerns))) }
        var constraints: [DocumentEntry] = []
        if !document.constraints.together.isEmpty { constraints.append(DocumentEntry("together", groups(document.constraints.together))) }
        if !document.constraints.apart.isEmpty { constraints.append(DocumentEntry("apart", groups(document.constraints.apart))) }
        if !constraints.isEmpty { top.append(DocumentEntry("constraints", .map(constraints))) }
        if document.hasModules {
            let modules = document.modules.values.map { DocumentEntry($0.id, module($0), comments: comments.modules[$0.id] ?? []) }
            top.append(DocumentEntry("modules", .map(modules)))
            let interfaces = document.interfaces.map { interface -> DocumentNode in
                var entries = [DocumentEntry("from", .string(interface.from.value),
                                             comments: comments.interfaces["\(interface.from.value)->\(interface.to.value)"] ?? []),
                               DocumentEntry("to", .string(interface.to.value))]
                entries.append("carries", .names(interface.carries))
                entries.append("payload", interface.payload.map(payload))
                entries.append("on-error", .text(interface.onError))
                entries.append("done", .text(interface.done))
                entries.append("delivery", .text(interface.delivery))
                entries.append("about", .text(interface.about))
                return .map(entries)
            }
            if !interfaces.isEmpty { top.append(DocumentEntry("interfaces", .list(interfaces))) }
        }
        return .map(top)
    }

    static func groups(_ groups: [[Located<String>]]) -> DocumentNode {
        .list(groups.map { .list($0.map { .string($0.value) }) })
    }

    static func artifact(_ artifact: Artifact) -> DocumentNode {
        var entries: [DocumentEntry] = []
        entries.append("about", .text(artifact.about))
        entries.append("fields", artifact.fields.map(fieldMap))
        entries.append("weight", artifact.weight.map(DocumentNode.number))
        entries.append("on-conflict", .text(artifact.onConflict))
        return .map(entries)
    }

    static func field(_ field: Field) -> DocumentNode {
        var entries: [DocumentEntry] = []
        entries.append("type", field.type.map { .string($0.rawValue) })
        entries.append("items", field.items.map { Self.field($0.value) })
        entries.append("fields", field.fields.map(fieldMap))
        entries.append("format", field.format.map(DocumentNode.string))
        entries.append("unit", field.unit.map(DocumentNode.string))
        entries.append("range", field.range.map { .list($0.map(DocumentNode.number)) })
        entries.append("values", field.values.map { .list($0.map(DocumentNode.string)) })
        entries.append("required", field.required.map(DocumentNode.bool))
        entries.append("ordering", field.ordering.map(DocumentNode.string))
        entries.append("about", .text(field.about))
        return .map(entries)
    }

    static func concern(_ concern: Concern) -> DocumentNode {
        var entries: [DocumentEntry] = []
        entries.append("does", .text(concern.does))
        entries.append("reads", .names(concern.reads))
        entries.append("writes", .names(concern.writes))
        entries.append("effect", .keyword(concern.effect))
        entries.append("gate", .keyword(concern.gate))
        entries.append("actor", .keyword(concern.actor))
        entries.append("role", .keyword(concern.role))
        entries.append("tools", concern.tools.isEmpty ? nil : .list(concern.tools.map(DocumentNode.string)))
        entries.append("load", concern.statedLoad.map(DocumentNode.number))
        return .map(entries)
    }

    static func module(_ module: Module) -> DocumentNode {
        var entries = [DocumentEntry("concerns", .list(module.concerns.map { .string($0.value) }))]
        entries.append("role", .text(module.role))
        entries.append("objective", .text(module.objective))
        entries.append("output", .text(module.output))
        entries.append("tools", module.tools.map { .list($0.map(DocumentNode.string)) })
        entries.append("boundaries", .text(module.boundaries))
        entries.append("pinned", module.isPinned ? .bool(true) : nil)
        return .map(entries)
    }

    /// An interface's own payload: its fields, or its line of prose.
    static func payload(_ payload: Payload) -> DocumentNode {
        switch payload {
        case .fields(let fields): .map([DocumentEntry("fields", fieldMap(fields))])
        case .prose(let prose): .string(prose.value)
        }
    }

    /// A payload's fields as a mapping, name → field.
    static func fieldMap(_ fields: [Field]) -> DocumentNode {
        .map(fields.map { DocumentEntry($0.name, field($0)) })
    }
}

/// The emitter writes only what a document states: an absent value writes no key.
extension [DocumentEntry] {
    fileprivate mutating func append(_ key: String, _ value: DocumentNode?) {
        if let value { append(DocumentEntry(key, value)) }
    }
}

extension DocumentNode {
    /// A stated text (`about`, `does`, a contract clause), nil when absent.
    fileprivate static func text(_ value: Located<String>?) -> DocumentNode? { value.map { .string($0.value) } }

    /// A stated keyword (`effect`, `gate`, `actor`, `role`) by its name in the format.
    fileprivate static func keyword<Keyword: RawRepresentable<String>>(_ value: Located<Keyword>?) -> DocumentNode? {
        value.map { .string($0.value.rawValue) }
    }

    /// Names (`reads`, `writes`, `carries`), left out when there are none.
    fileprivate static func names(_ values: [Located<String>]) -> DocumentNode? {
        values.isEmpty ? nil : .list(values.map { .string($0.value) })
    }
}
