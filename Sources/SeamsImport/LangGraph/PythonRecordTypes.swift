import Foundation
import SeamsModel

/// Record classes defined in a project's Python files: `TypedDict`s, Pydantic models,
/// `@dataclass`es and LangGraph's `MessagesState`, read statically. They type a LangGraph state
/// (each attribute is one state key) and an Agents SDK `output_type` / `input_type`.
struct PythonRecordTypes {
    struct Record {
        var name: String
        var location: SourceLocation
        var kind: String
        var attributes: [PythonAttribute]
        /// `class S(TypedDict, total=False)`: every key may be missing.
        var isTotal: Bool
    }

    private(set) var records: [String: Record] = [:]
    /// Pydantic models and enums, for the primitive and nested types their own rules cover.
    private(set) var pydantic = PydanticModels()

    /// Bases that make a class a record; `MessagesState` brings its `messages` key.
    static let recordBases: Set<String> = ["TypedDict", "BaseModel", "MessagesState", "AgentState"]
    static let messageTypes: Set<String> = ["AnyMessage", "BaseMessage", "AIMessage", "HumanMessage", "ToolMessage",
                                            "SystemMessage", "MessageLikeRepresentation", "TResponseInputItem"]

    mutating func scan(_ module: PythonModule) {
        pydantic.scan(module)
        for definition in module.classes {
            let bases = definition.bases.filter { $0.keyword == nil }.compactMap { $0.value.lastName }
            let isDataclass = definition.decorators.contains { ($0.asCall?.callee ?? $0).lastName == "dataclass" }
            let parents = bases.compactMap { records[$0] }
            guard isDataclass || bases.contains(where: Self.recordBases.contains) || !parents.isEmpty else { continue }
            var record = Record(name: definition.name, location: definition.location,
                                kind: isDataclass ? "dataclass" : bases.first(where: Self.recordBases.contains) ?? parents.first?.kind ?? "TypedDict",
                                attributes: parents.flatMap(\.attributes),
                                isTotal: definition.bases.keyword("total")?.value.lastName != "False")
            if bases.contains("MessagesState") || bases.contains("AgentState"), !record.attributes.contains(where: { $0.name == "messages" }) {
                record.attributes.append(PythonAttribute(name: "messages", annotation: "Annotated[list[AnyMessage], add_messages]",
                                                         annotationExpression: nil, defaultValue: nil, location: definition.location))
            }
            for statement in definition.body {
                guard case .assignment(let targets, let annotation, let annotationText, let value, "=", let location) = statement,
                      targets.count == 1, case .name(let name, _) = targets[0], let annotationText,
                      name != "model_config", !name.hasPrefix("_"), !annotationText.hasPrefix("ClassVar") else { continue }
                record.attributes.removeAll { $0.name == name }
                record.attributes.append(PythonAttribute(name: name, annotation: annotationText, annotationExpression: annotation,
                                                         defaultValue: value, location: location))
            }
            records[definition.name] = record
        }
    }

    func record(named name: String) -> Record? {
        records[name.split(separator: ".").last.map(String.init) ?? name]
    }

    /// The reducer of an `Annotated[T, reducer]` attribute (`operator.add`, `add_messages`), with its location.
    static func reducer(of attribute: PythonAttribute) -> Located<String>? {
        if case .subscription(let base, let indices, _)? = attribute.annotationExpression, base.lastName == "Annotated", indices.count >= 2 {
            var root = indices[1]
            while case .attribute(let base, _, _) = root { root = base }
            return Located(indices[1].dottedName ?? "a reducer function", at: root.location)
        }
        // A key a base class brings (MessagesState's messages) has only its annotation text.
        guard attribute.annotationExpression == nil, attribute.annotation.hasPrefix("Annotated["), attribute.annotation.hasSuffix("]") else { return nil }
        let arguments = String(attribute.annotation.dropFirst("Annotated[".count).dropLast())
        let first = firstArgument(arguments)
        let rest = arguments.dropFirst(first.count).drop { $0 == "," || $0 == " " }
        return rest.isEmpty ? nil : Located(String(rest), at: attribute.location)
    }

    /// The fields of a record (nil when it is not defined in the project).
    func fields(of name: String) -> [Field]? {
        guard let record = record(named: name) else { return nil }
        return fields(of: record, depth: 0, expanding: [record.name])
    }

    func field(of attribute: PythonAttribute, in record: Record) -> Field {
        var field = field(annotation: attribute.annotation, name: attribute.name, at: attribute.location, depth: 0, expanding: [record.name])
        if field.required == nil { field.required = isRequired(attribute, in: record) }
        return field
    }

    private func fields(of record: Record, depth: Int, expanding: Set<String>) -> [Field] {
        record.attributes.map { attribute in
            var field = field(annotation: attribute.annotation, name: attribute.name, at: attribute.location, depth: depth, expanding: expanding)
            if field.required == nil { field.required = isRequired(attribute, in: record) }
            if let call = attribute.defaultValue?.asCall, call.callee.lastName == "Field",
               let description = call.arguments.keyword("description")?.value.stringValue {
                field.about = Located(description, at: attribute.location)
            }
            return field
        }
    }

    /// A TypedDict key is required unless the class is `total=False`; a model or dataclass
    /// attribute is required unless it has a default.
    private func isRequired(_ attribute: PythonAttribute, in record: Record) -> Bool {
        if record.kind == "TypedDict" || record.kind == "MessagesState" || record.kind == "AgentState" { return record.isTotal }
        guard let value = attribute.defaultValue else { return true }
        guard let call = value.asCall, call.callee.lastName == "Field" || call.callee.lastName == "field" else { return false }
        return call.arguments.keyword("default") == nil && call.arguments.keyword("default_factory") == nil
    }

    /// A field from an annotation: `Annotated[T, …]`, `NotRequired[T]` and `Required[T]` are
    /// unwrapped; records defined in the project become nested objects; LangChain messages are objects with a role and content.
    func field(annotation raw: String, name: String, at location: SourceLocation, depth: Int, expanding: Set<String> = []) -> Field {
        var text = raw.trimmed
        var required: Bool?
        for wrapper in ["Annotated", "NotRequired", "Required"] where text.hasPrefix(wrapper + "[") && text.hasSuffix("]") {
            let inner = String(text.dropFirst(wrapper.count + 1).dropLast())
            text = wrapper == "Annotated" ? Self.firstArgument(inner) : inner
            if wrapper == "NotRequired" { required = false }
            if wrapper == "Required" { required = true }
        }
        var field = pydantic.field(annotation: text, name: name, at: location, depth: depth)
        if let required { field.required = required }
        complete(&field, annotation: text, depth: depth, expanding: expanding)
        return field
    }

    /// Fills what Pydantic's rules leave open: records that are not Pydantic models, messages, arrays of either.
    private func complete(_ field: inout Field, annotation: String, depth: Int, expanding: Set<String>) {
        var text = annotation
        for wrapper in ["Optional"] where text.hasPrefix(wrapper + "[") && text.hasSuffix("]") {
            text = String(text.dropFirst(wrapper.count + 1).dropLast())
        }
        text = text.split(separator: "|").map { $0.trimmed }.first { $0 != "None" } ?? text
        let base = text.prefix { $0 != "[" }.split(separator: ".").last.map(String.init) ?? text
        if field.type == nil {
            if Self.messageTypes.contains(base) {
                field.type = .object
                var role = Field(name: "type", location: field.location)
                role.type = .string
                role.values = ["human", "ai", "system", "tool"]
                role.required = true
                var content = Field(name: "content", location: field.location)
                content.type = .string
                content.required = true
                field.fields = [role, content]
            } else if let record = records[base] {
                field.type = .object
                if depth < PydanticModels.maxDepth && !expanding.contains(record.name) {
                    field.fields = fields(of: record, depth: depth + 1, expanding: expanding.union([record.name]))
                }
            }
        }
        if field.type == .array, let items = field.items?.value, items.type == nil,
           text.hasSuffix("]"), let open = text.firstIndex(of: "[") {
            let inner = Self.firstArgument(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            var completed = items
            complete(&completed, annotation: inner, depth: depth + 1, expanding: expanding)
            field.items = Box(completed)
        }
    }

    /// The first top-level argument of a generic's argument list (`list[str], add` → `list[str]`).
    static func firstArgument(_ text: String) -> String {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "[", "(": depth += 1
            case "]", ")": depth -= 1
            case "," where depth == 0: return String(text[..<index]).trimmed
            default: break
            }
        }
        return text.trimmed
    }
}
