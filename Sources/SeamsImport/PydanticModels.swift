import Foundation
import SeamsModel

/// Pydantic models (and string enums) defined in a project's Python files, read statically, so
/// an `output_pydantic=` or `output_schema` that names one becomes a typed payload with fields.
struct PydanticModels {
    struct Attribute {
        var name: String
        var annotation: String
        /// The text after `=`, if any.
        var defaultText: String?
        var location: SourceLocation
    }

    struct Model {
        var name: String
        var location: SourceLocation
        var attributes: [Attribute]
        /// For an `Enum` subclass: the member values.
        var enumValues: [String]?
    }

    private(set) var models: [String: Model] = [:]

    /// Scans one file for `class Name(BaseModel)` and `class Name(str, Enum)` blocks.
    mutating func scan(_ python: PythonText) {
        let header = /^class\s+(\w+)\s*\(([^)]*)\)\s*:/
        let attribute = /^(\s+)([A-Za-z]\w*)\s*:\s*([^=]+?)\s*(?:=\s*(.+?))?\s*$/
        let member = /^\s+([A-Za-z]\w*)\s*=\s*['"]([^'"]*)['"]/
        for (index, line) in python.lines.enumerated() {
            guard let match = line.firstMatch(of: header) else { continue }
            let name = String(match.1)
            let bases = String(match.2)
            let isEnum = bases.contains("Enum")
            guard isEnum || bases.contains("BaseModel") || models[bases.trimmed] != nil else { continue }
            let block = python.block(after: index)
            var model = Model(name: name, location: python.location(line: index, column: 6), attributes: [])
            if let parent = models[bases.trimmed] { model.attributes = parent.attributes }
            var inDocstring = false
            var bodyIndent: Int?
            guard block.last > index else {
                models[name] = model
                continue
            }
            for lineIndex in (index + 1)...block.last {
                let body = python.lines[lineIndex]
                let quotes = body.components(separatedBy: "\"\"\"").count - 1 + body.components(separatedBy: "'''").count - 1
                if inDocstring {
                    if quotes % 2 == 1 { inDocstring = false }
                    continue
                }
                if quotes % 2 == 1 {
                    inDocstring = true
                    continue
                }
                if PythonText.isBlank(body) { continue }
                let indent = PythonText.indent(of: body)
                if bodyIndent == nil { bodyIndent = indent }
                guard indent == bodyIndent else { continue }
                if isEnum {
                    if let value = body.firstMatch(of: member) {
                        model.enumValues = (model.enumValues ?? []) + [String(value.2)]
                    }
                    continue
                }
                guard let field = body.firstMatch(of: attribute) else { continue }
                let fieldName = String(field.2)
                if fieldName == "model_config" || fieldName.hasPrefix("_") { continue }
                model.attributes.append(Attribute(name: fieldName, annotation: String(field.3),
                                                  defaultText: field.4.map(String.init),
                                                  location: python.location(line: lineIndex, column: field.1.count)))
            }
            models[name] = model
        }
    }

    /// The fields of a model, or nil when the class is not defined in the project.
    func fields(of className: String) -> [Field]? {
        let short = className.split(separator: ".").last.map(String.init) ?? className
        guard let model = models[short], model.enumValues == nil else { return nil }
        return fields(of: model, depth: 0)
    }

    func location(of className: String) -> SourceLocation? {
        let short = className.split(separator: ".").last.map(String.init) ?? className
        return models[short]?.location
    }

    private func fields(of model: Model, depth: Int) -> [Field] {
        model.attributes.map { attribute in
            var field = field(annotation: attribute.annotation, name: attribute.name, at: attribute.location, depth: depth)
            if field.required == nil { field.required = isRequired(attribute.defaultText) }
            if let defaultText = attribute.defaultText, let description = Self.keywordString("description", in: defaultText) {
                field.about = Located(description, at: attribute.location)
            }
            return field
        }
    }

    /// Pydantic's rule: no default, or `Field(...)` / `Field(description=...)` without one, is required.
    private func isRequired(_ defaultText: String?) -> Bool {
        guard let text = defaultText?.trimmed else { return true }
        guard text.hasPrefix("Field(") else { return false }
        let arguments = text.dropFirst("Field(".count)
        if arguments.hasPrefix("...") || arguments.hasPrefix(")") { return true }
        if arguments.contains("default=") || arguments.contains("default_factory=") { return false }
        // A first positional argument is the default.
        let first = arguments.prefix { $0 != "," && $0 != ")" }
        return first.contains("=")
    }

    func field(annotation raw: String, name: String, at location: SourceLocation, depth: Int) -> Field {
        var field = Field(name: name, location: location)
        var text = raw.trimmed
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
            if let inner = Self.generic(base, in: text), depth < 6 {
                let item = inner.split(separator: ",").first.map(String.init) ?? inner
                field.items = Box(self.field(annotation: item, name: "items", at: location, depth: depth + 1))
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
                } else if depth < 6 {
                    field.type = .object
                    field.fields = fields(of: model, depth: depth + 1)
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
