public import SeamsModel
import OrderedCollections

/// Writes a `Document` back as a tree in the `seams: 1` format, keeping only keys the loader
/// accepts (`DocumentLoader.Keys`), in their documented order. Undeclared artifacts stay undeclared.
public enum DocumentEmitter {
    /// Comments to attach: above each interface (by `from->to`) and above each module (by id).
    public struct Comments: Sendable {
        public var interfaces: [String: [String]] = [:]
        public var modules: [String: [String]] = [:]
        public init() {}
    }

    public static func tree(_ document: Document, comments: Comments = Comments()) -> DocumentNode {
        var top: [DocumentEntry] = [DocumentEntry("seams", .number(Double(document.version)))]
        if let name = document.name { top.append(DocumentEntry("name", .string(name))) }
        if let goal = document.goal { top.append(DocumentEntry("goal", .string(goal.value))) }
        var budget: [DocumentEntry] = []
        if let attention = document.attentionBudget { budget.append(DocumentEntry("attention", .number(attention))) }
        if let modules = document.moduleCount { budget.append(DocumentEntry("modules", .number(Double(modules)))) }
        if !budget.isEmpty { top.append(DocumentEntry("budget", .map(budget))) }
        if let required = document.defaultRequired { top.append(DocumentEntry("defaults", .map([DocumentEntry("required", .bool(required))]))) }
        var policy: [DocumentEntry] = []
        if let value = document.policyOverrides.isolateMaxOpenBits { policy.append(DocumentEntry("isolate-max-open-bits", .number(value))) }
        if let value = document.policyOverrides.shareContextRatio { policy.append(DocumentEntry("share-context-ratio", .number(value))) }
        if !policy.isEmpty { top.append(DocumentEntry("policy", .map(policy))) }

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
                if !interface.carries.isEmpty { entries.append(DocumentEntry("carries", .list(interface.carries.map { .string($0.value) }))) }
                if let onError = interface.onError { entries.append(DocumentEntry("on-error", .string(onError.value))) }
                if let done = interface.done { entries.append(DocumentEntry("done", .string(done.value))) }
                if let delivery = interface.delivery { entries.append(DocumentEntry("delivery", .string(delivery.value))) }
                if let about = interface.about { entries.append(DocumentEntry("about", .string(about.value))) }
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
        if let about = artifact.about { entries.append(DocumentEntry("about", .string(about.value))) }
        if let fields = artifact.fields { entries.append(DocumentEntry("fields", .map(fields.map { DocumentEntry($0.name, field($0)) }))) }
        if let weight = artifact.weight { entries.append(DocumentEntry("weight", .number(weight))) }
        if let onConflict = artifact.onConflict { entries.append(DocumentEntry("on-conflict", .string(onConflict.value))) }
        return .map(entries)
    }

    static func field(_ field: Field) -> DocumentNode {
        var entries: [DocumentEntry] = []
        if let type = field.type { entries.append(DocumentEntry("type", .string(type.rawValue))) }
        if let items = field.items { entries.append(DocumentEntry("items", Self.field(items.value))) }
        if let fields = field.fields { entries.append(DocumentEntry("fields", .map(fields.map { DocumentEntry($0.name, Self.field($0)) }))) }
        if let format = field.format { entries.append(DocumentEntry("format", .string(format))) }
        if let unit = field.unit { entries.append(DocumentEntry("unit", .string(unit))) }
        if let range = field.range { entries.append(DocumentEntry("range", .list(range.map { .number($0) }))) }
        if let values = field.values { entries.append(DocumentEntry("values", .list(values.map { .string($0) }))) }
        if let required = field.required { entries.append(DocumentEntry("required", .bool(required))) }
        if let ordering = field.ordering { entries.append(DocumentEntry("ordering", .string(ordering))) }
        if let about = field.about { entries.append(DocumentEntry("about", .string(about.value))) }
        return .map(entries)
    }

    static func concern(_ concern: Concern) -> DocumentNode {
        var entries: [DocumentEntry] = []
        if let does = concern.does { entries.append(DocumentEntry("does", .string(does.value))) }
        if !concern.reads.isEmpty { entries.append(DocumentEntry("reads", .list(concern.reads.map { .string($0.value) }))) }
        if !concern.writes.isEmpty { entries.append(DocumentEntry("writes", .list(concern.writes.map { .string($0.value) }))) }
        if let effect = concern.effect { entries.append(DocumentEntry("effect", .string(effect.value.rawValue))) }
        if let gate = concern.gate { entries.append(DocumentEntry("gate", .string(gate.value.rawValue))) }
        if let actor = concern.actor { entries.append(DocumentEntry("actor", .string(actor.value.rawValue))) }
        if let role = concern.role { entries.append(DocumentEntry("role", .string(role.value.rawValue))) }
        if !concern.tools.isEmpty { entries.append(DocumentEntry("tools", .list(concern.tools.map { .string($0) }))) }
        if let load = concern.statedLoad { entries.append(DocumentEntry("load", .number(load))) }
        return .map(entries)
    }

    static func module(_ module: Module) -> DocumentNode {
        var entries = [DocumentEntry("concerns", .list(module.concerns.map { .string($0.value) }))]
        if let role = module.role { entries.append(DocumentEntry("role", .string(role.value))) }
        if let objective = module.objective { entries.append(DocumentEntry("objective", .string(objective.value))) }
        if let output = module.output { entries.append(DocumentEntry("output", .string(output.value))) }
        if let tools = module.tools { entries.append(DocumentEntry("tools", .list(tools.map { .string($0) }))) }
        if let boundaries = module.boundaries { entries.append(DocumentEntry("boundaries", .string(boundaries.value))) }
        if module.isPinned { entries.append(DocumentEntry("pinned", .bool(true))) }
        return .map(entries)
    }
}
