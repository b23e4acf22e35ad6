public import SeamsReports
import SeamsModel

/// The JSON Schema (draft 2020-12) of a Seams document, for editors (yaml-language-server) and
/// CI. Built from `DocumentLoader.Keys`, the lists the loader itself accepts, so the schema
/// cannot allow a key the loader rejects; scalars the loader reads as text accept numbers and
/// booleans too, as the loader does.
public enum DocumentSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func json() -> JSONValue {
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

    static func topLevel(_ key: String) -> JSONValue? {
        switch key {
        case "seams": .object([("const", .number(1)), ("description", .string("The format version; Seams reads 1."))])
        case "name", "goal": ref("text")
        case "budget": object(DocumentLoader.Keys.budget, { budgetKey in
            budgetKey == "attention" ? .object([("type", .string("number")), ("exclusiveMinimum", .number(0)),
                                                ("description", .string("The most load one module may carry."))])
                : .object([("type", .string("integer")), ("minimum", .number(1))])
        }, nullable: false)
        case "defaults": object(DocumentLoader.Keys.defaults, { _ in .object([("type", .string("boolean"))]) }, nullable: false)
        case "policy": object(DocumentLoader.Keys.policy, { _ in .object([("type", .string("number")), ("minimum", .number(0))]) }, nullable: false)
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

    static func artifact(_ key: String) -> JSONValue? {
        switch key {
        case "about", "on-conflict": ref("text")
        case "fields": ref("fields")
        case "weight": .object([("type", .string("number")), ("minimum", .number(0)),
                                ("description", .string("Bits that replace the computed information weight."))])
        default: nil
        }
    }

    static func field(_ key: String) -> JSONValue? {
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

    static func concern(_ key: String) -> JSONValue? {
        switch key {
        case "does": ref("text")
        case "reads", "writes", "tools": ref("textList")
        case "effect": .object([("enum", .array(Effect.allCases.map { .string($0.rawValue) }))])
        case "gate": .object([("enum", .array(Gate.allCases.map { .string($0.rawValue) })),
                              ("description", .string("human: a person approves this concern's outcome."))])
        case "actor": .object([("enum", .array(Actor.allCases.map { .string($0.rawValue) })),
                               ("description", .string("Who does the work: human for a person's work that is not an approval (default agent)."))])
        case "load": .object([("type", .string("number")), ("exclusiveMinimum", .number(0))])
        default: nil
        }
    }

    static func module(_ key: String) -> JSONValue? {
        switch key {
        case "concerns", "tools": ref("textList")
        case "role", "objective", "output", "boundaries": ref("text")
        default: nil
        }
    }

    static func interface(_ key: String) -> JSONValue? {
        switch key {
        case "from", "to", "on-error", "done", "delivery", "about": ref("text")
        case "carries": ref("textList")
        case "payload": .object([("anyOf", .array([
            ref("text"),
            .object(object(DocumentLoader.Keys.payload, { $0 == "fields" ? ref("fields") : ref("text") }, nullable: false).fields
                    + [("minProperties", .number(1))]),
        ]))])
        default: nil
        }
    }

    // MARK: building blocks

    /// Text with the known values as `examples` (editors offer them; other values are allowed and warned about).
    static func vocabulary(_ examples: [String], _ description: String) -> JSONValue {
        .object([("$ref", .string("#/$defs/text")), ("description", .string(description)),
                 ("examples", .array(examples.map { .string($0) }))])
    }

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    /// The properties of `keys`, each with its schema (`{}` when a key has none yet: the unit test
    /// `everyLoaderKeyHasASchema` fails then).
    static func properties(_ keys: [String], _ schema: (String) -> JSONValue?) -> JSONValue {
        .object(keys.map { ($0, schema($0) ?? .object([])) })
    }

    static func object(_ keys: [String], _ schema: (String) -> JSONValue?, nullable: Bool, description: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let description { fields.append(("description", .string(description))) }
        fields.append(("type", nullable ? .array([.string("object"), .string("null")]) : .string("object")))
        fields.append(("properties", properties(keys, schema)))
        fields.append(("additionalProperties", .bool(false)))
        return .object(fields)
    }
}

extension JSONValue {
    /// The members of an object, or none.
    var fields: [(String, JSONValue)] { members }
}
