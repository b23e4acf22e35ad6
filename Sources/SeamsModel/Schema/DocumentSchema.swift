/// The JSON Schema (draft 2020-12) of a Seams document, for editors (yaml-language-server) and
/// CI. Built from `DocumentLoader.Keys`, the lists the loader itself accepts, and from the
/// declarations of `SeamsFileKeys` (type, range, doc) where a section has one, so the schema
/// cannot allow a key the loader rejects or give it another range; scalars the loader reads as
/// text accept numbers and booleans too, as the loader does.
public enum DocumentSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func json() -> DocumentNode {
        .object([
            ("$schema", .string(dialect)),
            ("title", .string("Seams document (seams: 1)")),
            ("description", .string("A task spec or a decomposition: goal, artifacts, concerns, modules and the interfaces between them. "
                + "`seams score DOC` measures what each interface leaves open.")),
            ("type", .string("object")),
            ("required", .array([.string("seams")])),
            ("properties", properties(DocumentLoader.Keys.topLevel, topLevel)),
            ("additionalProperties", .bool(false)),
            ("$defs", .object([
                ("text", .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])),
                ("textList", .object([("type", .string("array")), ("items", ref("text"))])),
                ("artifact", object(DocumentLoader.Keys.artifact, artifact, nullable: true,
                                    description: "Shared information: fields, or prose (about) only, which leaves its structure open.")),
                ("fields", .object([("type", .string("object")), ("additionalProperties", ref("field"))])),
                ("field", .object([
                    ("description", .string("A field: every property left out is a decision the consumer must guess.")),
                    ("anyOf", .array([
                        .object([("type", .string("null"))]),
                        .object([("enum", .array(FieldType.allCases.map { .string($0.rawValue) })),
                                 ("description", .string("Shorthand: the field's type."))]),
                        object(DocumentLoader.Keys.field, field, nullable: false),
                    ])),
                ])),
                ("concern", object(DocumentLoader.Keys.concern, concern, nullable: true, description: "One unit of work.")),
                ("module", object(DocumentLoader.Keys.module, module, nullable: true,
                                  description: "A set of concerns, or a free-standing role, with its brief.")),
                ("interface", .object(object(DocumentLoader.Keys.interface, interface, nullable: false,
                                             description: "A directed handoff from a producer module to a consumer module.").fields
                                      + [("required", .array([.string("from"), .string("to")]))])),
            ])),
        ])
    }

    // MARK: per place: the schema of each key

    static func topLevel(_ key: String) -> DocumentNode? {
        switch key {
        case "seams": .object([("const", .number(1)), ("description", .string("The format version; Seams reads 1."))])
        case "name", "goal": ref("text")
        case "budget": object(SeamsFileKeys.documentBudget)
        case "defaults": object(DocumentLoader.Keys.defaults, { _ in .object([("type", .string("boolean"))]) }, nullable: false)
        case "policy": object(SeamsFileKeys.policy)
        case "artifacts": .object([("type", .string("object")), ("additionalProperties", ref("artifact"))])
        case "inputs": .object([
            ("description", .string("Artifacts that come from outside the task, so no concern writes them: a list of ids, "
                + "or a map from id to its declaration (about, fields, weight) or to nothing.")),
            ("anyOf", .array([
                ref("textList"),
                .object([("type", .string("object")),
                         ("additionalProperties", object(DocumentLoader.Keys.input, artifact, nullable: true))]),
            ])),
        ])
        case "concerns": .object([("type", .string("object")), ("additionalProperties", ref("concern"))])
        case "modules": .object([("type", .string("object")), ("additionalProperties", ref("module"))])
        case "interfaces": .object([("type", .string("array")), ("items", ref("interface"))])
        case "constraints": object(DocumentLoader.Keys.constraints, { _ in
            .object([("type", .string("array")), ("items", ref("textList"))])
        }, nullable: false)
        case "plan": .object([("type", .string("object")),
                              ("description", .string("What `seams plan` decided (workflow, verdict, cost, decision record); read by programs, ignored by the loader."))])
        default: nil
        }
    }

    static func artifact(_ key: String) -> DocumentNode? {
        key == "fields" ? ref("fields") : declared(SeamsFileKeys.artifact, key)
    }

    static func field(_ key: String) -> DocumentNode? {
        switch key {
        case "type": .object([("enum", .array(FieldType.allCases.map { .string($0.rawValue) }))])
        case "items": .object([("$ref", .string("#/$defs/field")),
                               ("description", .string("The item schema of an array, or the value schema of a map (`type: map`)."))])
        case "fields": ref("fields")
        case "format": vocabulary(FieldVocabulary.builtInFormats.keys.sorted(),
                                  "How the value is written; a known value closes the format decisions (time, id) and field.values.")
        case "unit": vocabulary(["EUR", "USD", "INR (major units)", "minor units of EUR", "ms", "s", "min", "days", "B", "KiB",
                                 "MiB", "rows", "items", "tokens", "percent", "requests/s"],
                                "The unit of a number: an ISO 4217 currency, a time, size or count unit; closes the unit decisions.")
        case "ordering": vocabulary(FieldVocabulary.orderingWords + ["by <key>", "by <key> desc"],
                                    "What the order of an array means; closes field.ordering.")
        case "about": ref("text")
        case "range": .object([("type", .string("array")), ("items", .object([("type", .string("number"))])),
                               ("minItems", .number(2)), ("maxItems", .number(2))])
        case "values": .object([("type", .string("array")), ("items", ref("text")), ("minItems", .number(1))])
        case "required": .object([("type", .string("boolean"))])
        default: nil
        }
    }

    static func concern(_ key: String) -> DocumentNode? {
        SeamsFileKeys.concern[key].map(schema)
    }

    static func module(_ key: String) -> DocumentNode? {
        declared(SeamsFileKeys.module, key)
    }

    static func interface(_ key: String) -> DocumentNode? {
        switch key {
        case "payload": .object([("anyOf", .array([
            ref("text"),
            .object(object(DocumentLoader.Keys.payload, { $0 == "fields" ? ref("fields") : ref("text") }, nullable: false).fields
                    + [("minProperties", .number(1))]),
        ]))])
        default: declared(SeamsFileKeys.interface, key)
        }
    }

    /// The schema a table declares for `key`; nil for a section, which has a schema of its own.
    static func declared(_ table: KeyTable, _ key: String) -> DocumentNode? {
        guard let spec = table[key] else { return nil }
        if case .section = spec.type { return nil }
        return schema(spec)
    }

    // MARK: building blocks

    /// Text with the known values as `examples` (editors offer them; other values are allowed and warned about).
    static func vocabulary(_ examples: [String], _ description: String) -> DocumentNode {
        .object([("$ref", .string("#/$defs/text")), ("description", .string(description)),
                 ("examples", .array(examples.map { .string($0) }))])
    }

    static func ref(_ name: String) -> DocumentNode { .object([("$ref", .string("#/$defs/\(name)"))]) }

    /// The properties of `keys`, each with its schema (`{}` when a key has none yet: the unit test
    /// `everyLoaderKeyHasASchema` fails then).
    static func properties(_ keys: [String], _ schema: (String) -> DocumentNode?) -> DocumentNode {
        .object(keys.map { ($0, schema($0) ?? .object([])) })
    }

    static func object(_ keys: [String], _ schema: (String) -> DocumentNode?, nullable: Bool, description: String? = nil) -> DocumentNode {
        var fields: [(String, DocumentNode)] = []
        if let description { fields.append(("description", .string(description))) }
        fields.append(("type", nullable ? .array([.string("object"), .string("null")]) : .string("object")))
        fields.append(("properties", properties(keys, schema)))
        fields.append(("additionalProperties", .bool(false)))
        return .object(fields)
    }
}

extension DocumentSchema {
    /// The schema of a section declared by a `KeyTable`: each key's type, range and doc.
    static func object(_ table: KeyTable) -> DocumentNode {
        object(table.names, { name in table[name].map(schema) }, nullable: false)
    }

    /// One declared key: its JSON type, the lower end of its range, its doc.
    static func schema(_ spec: KeySpec) -> DocumentNode {
        var members: [(String, DocumentNode)]
        switch spec.type {
        case .number(let range):
            members = [("type", .string("number")), (range.includesMinimum ? "minimum" : "exclusiveMinimum", .number(range.minimum))]
        case .integer(let range):
            members = [("type", .string("integer")), (range.includesMinimum ? "minimum" : "exclusiveMinimum", .number(range.minimum))]
        case .choice(let words): members = [("enum", .array(words.map { .string($0) }))]
        case .text: members = [("$ref", .string("#/$defs/text"))]
        case .textList: members = [("$ref", .string("#/$defs/textList"))]
        case .boolean: members = [("type", .string("boolean"))]
        case .section: members = [("type", .string("object"))]
        }
        if !spec.doc.isEmpty { members.append(("description", .string(spec.doc))) }
        return .object(members)
    }
}

extension DocumentNode {
    /// A mapping built from key–value pairs, in this order.
    public static func object(_ members: [(String, DocumentNode)]) -> DocumentNode {
        .map(members.map { DocumentEntry($0.0, $0.1) })
    }

    /// A list.
    public static func array(_ items: [DocumentNode]) -> DocumentNode { .list(items) }

    /// The members of a mapping, in order; none for other nodes.
    var fields: [(String, DocumentNode)] {
        guard case .map(let entries) = self else { return [] }
        return entries.map { ($0.key, $0.value) }
    }
}
