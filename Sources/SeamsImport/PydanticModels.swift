import Foundation
import SeamsModel

/// Pydantic models (and string enums) defined in a project's Python files, read statically, so
/// an `output_pydantic=` or `output_schema` that names one becomes a typed payload with fields.
struct PydanticModels {
    struct Model {
        var name: String
        var location: SourceLocation
        var attributes: [PythonAttribute]
        /// For an `Enum` subclass: the member values.
        var enumValues: [String]?
    }

    private(set) var models: [String: Model] = [:]

    /// Scans one file's text; a file that is not valid Python contributes nothing.
    mutating func scan(_ python: PythonText) {
        guard let module = try? PythonModule.parse(python.lines.joined(separator: "\n"), file: python.file) else { return }
        scan(module)
    }

    /// Reads `class Name(BaseModel)` (and subclasses of models already read) and `class Name(str, Enum)`
    /// from a parsed file: annotated attributes at the class's top level, never docstrings or comments.
    mutating func scan(_ module: PythonModule) {
        for definition in module.classes {
            let bases = definition.bases.filter { $0.keyword == nil }.compactMap { $0.value.lastName }
            let isEnum = bases.contains { $0.hasSuffix("Enum") }
            let parents = bases.compactMap { models[$0] }.filter { $0.enumValues == nil }
            guard isEnum || bases.contains("BaseModel") || !parents.isEmpty else { continue }
            var model = Model(name: definition.name, location: definition.location, attributes: parents.flatMap(\.attributes))
            for statement in definition.body {
                guard case .assignment(let targets, let annotation, let annotationText, let value, "=", let location) = statement,
                      targets.count == 1, case .name(let name, _) = targets[0] else { continue }
                if isEnum {
                    if annotation == nil, let text = value?.stringValue ?? value.flatMap(Self.literalText) {
                        model.enumValues = (model.enumValues ?? []) + [text]
                    }
                    continue
                }
                guard let annotationText, name != "model_config", !name.hasPrefix("_") else { continue }
                model.attributes.removeAll { $0.name == name }
                model.attributes.append(PythonAttribute(name: name, annotation: annotationText, annotationExpression: annotation,
                                                        defaultValue: value, location: location))
            }
            models[definition.name] = model
        }
    }

    private static func literalText(_ expression: PythonExpression) -> String? {
        if case .number(let text, _) = expression { return text }
        return nil
    }

    /// The fields of a model, or nil when the class is not defined in the project.
    func fields(of className: String) -> [Field]? {
        let short = className.split(separator: ".").last.map(String.init) ?? className
        guard let model = models[short], model.enumValues == nil else { return nil }
        return fields(of: model, depth: 0, expanding: [model.name])
    }

    func location(of className: String) -> SourceLocation? {
        let short = className.split(separator: ".").last.map(String.init) ?? className
        return models[short]?.location
    }

    /// Expansion stops at a model already being expanded (a self-referencing or mutually recursive
    /// model is an object whose fields are not repeated) and below `maxDepth` levels.
    static let maxDepth = 6

    /// Money words of the catalog's `field.unit.money` entry: such a field beside a `currency`
    /// field has its unit stated by that field.
    static let moneyWords: Set<String> = ["amount", "price", "fee", "fees", "income", "cost", "salary", "balance", "payment", "refund",
                                          "charge", "revenue", "tax", "discount", "wage", "rent", "premium", "payout", "budget", "spend", "total"]

    private func fields(of model: Model, depth: Int, expanding: Set<String>) -> [Field] {
        let currency = model.attributes.first { ["currency", "currency_code"].contains($0.name) }?.name
        return model.attributes.map { attribute in
            var field = field(annotation: attribute.annotation, name: attribute.name, at: attribute.location, depth: depth, expanding: expanding)
            let call = attribute.defaultValue?.asCall
            let isFieldCall = call?.callee.lastName == "Field"
            if field.required == nil { field.required = isRequired(attribute.defaultValue) }
            if isFieldCall, let arguments = call?.arguments {
                if let description = arguments.keyword("description")?.value.stringValue {
                    field.about = Located(description, at: attribute.location)
                }
                let lower = (arguments.keyword("ge") ?? arguments.keyword("gt")).flatMap { Self.number($0.value) }
                let upper = (arguments.keyword("le") ?? arguments.keyword("lt")).flatMap { Self.number($0.value) }
                if let lower, let upper { field.range = [lower, upper] }
            }
            if let currency, field.type == .number || field.type == .integer,
               !Set(attribute.name.lowercased().split(separator: "_").map(String.init)).isDisjoint(with: Self.moneyWords) {
                field.unit = "with separate currency (\(currency))"
            }
            return field
        }
    }

    private static func number(_ expression: PythonExpression) -> Double? {
        switch expression {
        case .number(let text, _): return Double(text.replacingOccurrences(of: "_", with: ""))
        case .operation(let operands, "-", _): return operands.first.flatMap(number).map { -$0 }
        default: return nil
        }
    }

    /// Pydantic's rule: no default, or `Field(...)` / `Field(description=...)` without a default, is required.
    private func isRequired(_ value: PythonExpression?) -> Bool {
        guard let value else { return true }
        guard let call = value.asCall, call.callee.lastName == "Field" else { return false }
        if call.arguments.keyword("default") != nil || call.arguments.keyword("default_factory") != nil { return false }
        guard let first = call.arguments.positional.first else { return true }
        return first.lastName == "..."
    }

    func field(annotation raw: String, name: String, at location: SourceLocation, depth: Int) -> Field {
        field(annotation: raw, name: name, at: location, depth: depth, expanding: [])
    }

    func field(annotation raw: String, name: String, at location: SourceLocation, depth: Int, expanding: Set<String>) -> Field {
        var field = Field(name: name, location: location)
        var text = raw.trimmed
        // A forward reference (`"Node"`, `Optional["Node"]`) names the class in a string.
        if !text.hasPrefix("Literal[") && !text.contains("Literal[") {
            text = String(text.filter { $0 != "\"" && $0 != "'" })
        }
        // Optional[X], X | None, Union[X, None]
        if let inner = Self.generic("Optional", in: text) {
            field.required = false
            text = inner
        } else if text.contains("|") {
            let parts = text.split(separator: "|").map { String($0).trimmed }.filter { $0 != "None" }
            if parts.count < text.split(separator: "|").count { field.required = false }
            if parts.count == 1 { text = parts[0] }
        } else if let inner = Self.generic("Union", in: text) {
            let parts = inner.split(separator: ",").map { String($0).trimmed }.filter { $0 != "None" }
            if parts.count == 1 {
                field.required = false
                text = parts[0]
            }
        }
        let base = text.prefix { $0 != "[" }.split(separator: ".").last.map(String.init) ?? text
        switch base {
        case "str": field.type = .string
        case "int": field.type = .integer
        case "float", "Decimal": field.type = .number
        case "bool": field.type = .boolean
        case "datetime":
            field.type = .string
            field.format = "date-time"
        case "date":
            field.type = .string
            field.format = "date"
        case "list", "List", "Sequence", "set", "Set", "tuple", "Tuple":
            field.type = .array
            if let inner = Self.generic(base, in: text), depth < Self.maxDepth {
                let item = inner.split(separator: ",").first.map(String.init) ?? inner
                field.items = Box(self.field(annotation: item, name: "items", at: location, depth: depth + 1, expanding: expanding))
            }
            if base == "set" || base == "Set" { field.ordering = "unordered" }
        case "dict", "Dict", "Mapping":
            field.type = .object
        case "Literal":
            field.type = .string
            if let inner = Self.generic("Literal", in: text) {
                field.values = inner.split(separator: ",").map { String($0).trimmed.trimmingQuotes }
            }
        default:
            if let model = models[base] {
                if let values = model.enumValues {
                    field.type = .string
                    field.values = values
                } else if depth < Self.maxDepth && !expanding.contains(model.name) {
                    field.type = .object
                    field.fields = fields(of: model, depth: depth + 1, expanding: expanding.union([model.name]))
                } else {
                    field.type = .object
                }
            }
        }
        return field
    }

    /// `X` in `Name[X]`.
    private static func generic(_ name: String, in text: String) -> String? {
        let prefix = name + "["
        guard text.hasPrefix(prefix), text.hasSuffix("]") else { return nil }
        return String(text.dropFirst(prefix.count).dropLast()).trimmed
    }

    /// The string value of `keyword="..."` in a call's argument text.
    static func keywordString(_ keyword: String, in text: String) -> String? {
        guard let range = text.range(of: keyword + "=") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let body = rest.dropFirst().prefix { $0 != quote }
        return String(body)
    }
}

extension StringProtocol {
    var trimmed: String {
        String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var trimmingQuotes: String {
        var text = String(self)
        if let first = text.first, first == "\"" || first == "'", text.last == first, text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }
}
