/// The JSON Schema (draft 2020-12) of a Seams document, for editors (yaml-language-server) and
/// CI. Built from the sections of `SeamsFileKeys`, the declarations the loader itself reads by
/// (each key's type, range, doc and schema), so the schema cannot allow a key the loader rejects
/// or give it another range; scalars the loader reads as text accept numbers and booleans too,
/// as the loader does.
public enum DocumentSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func json() -> DocumentNode {
        let document = SeamsFileKeys.document
        let field = SeamsFileKeys.field
        return .object([
            ("$schema", .string(dialect)),
            ("title", .string("Seams document (seams: 1)")),
            ("description", .string("A task spec or a decomposition: goal, artifacts, concerns, modules and the interfaces between them. "
                + "`seams score DOC` measures what each interface leaves open.")),
            ("type", .string("object")),
            ("required", .array(document.required.map { .string($0) })),
            ("properties", properties(document)),
            ("additionalProperties", .bool(false)),
            ("$defs", .object([
                ("text", .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])),
                ("textList", .object([("type", .string("array")), ("items", ref("text"))])),
                ("artifact", object(SeamsFileKeys.artifact, nullable: true, description: SeamsFileKeys.artifact.doc)),
                ("fields", map(of: "field")),
                ("field", .object([
                    ("description", .string(field.doc ?? "")),
                    ("anyOf", .array([
                        .object([("type", .string("null"))]),
                        .object([("enum", .array(FieldType.allCases.map { .string($0.rawValue) })),
                                 ("description", .string("Shorthand: the field's type."))]),
                        object(field, nullable: false),
                    ])),
                ])),
                ("concern", object(SeamsFileKeys.concern, nullable: true, description: SeamsFileKeys.concern.doc)),
                ("module", object(SeamsFileKeys.module, nullable: true, description: SeamsFileKeys.module.doc)),
                ("interface", interface(SeamsFileKeys.interface)),
            ])),
        ])
    }

    // MARK: places whose schema is more than their keys

    /// `inputs:`: a list of ids, or a map from id to an input's declaration or to nothing.
    static func inputs<Target>(_ declaration: KeySection<Target>) -> DocumentNode {
        .object([
            ("description", .string("Artifacts that come from outside the task, so no concern writes them: a list of ids, "
                + "or a map from id to its declaration (about, fields, weight) or to nothing.")),
            ("anyOf", .array([
                ref("textList"),
                .object([("type", .string("object")), ("additionalProperties", object(declaration, nullable: true))]),
            ])),
        ])
    }

    /// An interface's `payload:`: one line of prose, or a mapping with fields or prose.
    static func payload<Target>(_ mapping: KeySection<Target>) -> DocumentNode {
        .object([("anyOf", .array([
            ref("text"),
            .object(object(mapping, nullable: false).fields + [("minProperties", .number(1))]),
        ]))])
    }

    static func interface<Target>(_ section: KeySection<Target>) -> DocumentNode {
        .object(object(section, nullable: false, description: section.doc).fields
                + [("required", .array(section.required.map { .string($0) }))])
    }

    // MARK: building blocks

    /// Text with the known values as `examples` (editors offer them; other values are allowed and warned about).
    static func vocabulary(_ examples: [String], _ description: String) -> DocumentNode {
        .object([("$ref", .string("#/$defs/text")), ("description", .string(description)),
                 ("examples", .array(examples.map { .string($0) }))])
    }

    static func ref(_ name: String) -> DocumentNode { .object([("$ref", .string("#/$defs/\(name)"))]) }

    static func ref(_ name: String, doc: String) -> DocumentNode {
        .object([("$ref", .string("#/$defs/\(name)")), ("description", .string(doc))])
    }

    /// A table from ids to entries of the `$defs` place `name`.
    static func map(of name: String) -> DocumentNode { .object([("type", .string("object")), ("additionalProperties", ref(name))]) }

    /// A list of entries of the `$defs` place `name`.
    static func list(of name: String) -> DocumentNode { .object([("type", .string("array")), ("items", ref(name))]) }

    /// The properties of a section, each key with the schema its binding declares.
    static func properties<Target>(_ section: KeySection<Target>) -> DocumentNode {
        .object(section.bindings.map { ($0.name, $0.schema) })
    }

    /// The schema of a section: a mapping of its keys and no others (or null, where `id:` alone is allowed).
    static func object<Target>(_ section: KeySection<Target>, nullable: Bool, description: String? = nil) -> DocumentNode {
        var fields: [(String, DocumentNode)] = []
        if let description { fields.append(("description", .string(description))) }
        fields.append(("type", nullable ? .array([.string("object"), .string("null")]) : .string("object")))
        fields.append(("properties", properties(section)))
        fields.append(("additionalProperties", .bool(false)))
        return .object(fields)
    }
}

extension DocumentSchema {
    /// One declared key: its JSON type, its range (or its one value), its doc.
    static func schema(_ spec: KeySpec) -> DocumentNode {
        var members: [(String, DocumentNode)]
        switch spec.type {
        case .number(let range):
            members = [("type", .string("number"))] + bounds(range)
        case .integer(let range) where range.includesMinimum && range.minimum == range.maximum:
            members = [("const", .number(range.minimum))]
        case .integer(let range):
            members = [("type", .string("integer"))] + bounds(range)
        case .choice(let words): members = [("enum", .array(words.map { .string($0) }))]
        case .text: members = [("$ref", .string("#/$defs/text"))]
        case .textList: members = [("$ref", .string("#/$defs/textList"))]
        case .boolean: members = [("type", .string("boolean"))]
        case .bounds:
            members = [("type", .string("array")), ("items", .object([("type", .string("number"))])),
                       ("minItems", .number(2)), ("maxItems", .number(2))]
        case .groups: members = [("type", .string("array")), ("items", ref("textList"))]
        case .section: members = [("type", .string("object"))]
        }
        if !spec.doc.isEmpty { members.append(("description", .string(spec.doc))) }
        return .object(members)
    }

    /// Both ends of the loader's range, so an editor refuses what the loader refuses.
    private static func bounds(_ range: NumberRange) -> [(String, DocumentNode)] {
        [(range.includesMinimum ? "minimum" : "exclusiveMinimum", .number(range.minimum)), ("maximum", .number(range.maximum))]
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
