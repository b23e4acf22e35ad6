import SeamsModel

/// Fields from a JSON-Schema-like `properties:` mapping (Agent Framework `outputSchema`, tool
/// `parameters`, AutoGen tool schemas), keeping each property's location.
enum SchemaFields {
    /// `properties` entries as fields; `requiredNames` is the schema's `required:` list, if any.
    static func fields(properties: SourceNode, requiredNames: Set<String>?, depth: Int = 0) -> [Field] {
        properties.entries.compactMap { entry -> Field? in
            guard let name = entry.key.scalarText else { return nil }
            return field(entry.value, name: name, at: entry.key.location, required: requiredNames.map { $0.contains(name) }, depth: depth)
        }
    }

    /// The fields of a schema node: `{ properties: …, required: [...] }`, or a bare properties mapping.
    static func fields(schema: SourceNode) -> [Field] {
        if let properties = schema["properties"] {
            let required = schema["required"].map { node in Set(node.items.compactMap(\.located).map(\.value)) }
            return fields(properties: properties, requiredNames: required)
        }
        return fields(properties: schema, requiredNames: nil)
    }

    private static func field(_ node: SourceNode, name: String, at location: SourceLocation, required: Bool?, depth: Int) -> Field {
        var field = Field(name: name, location: location)
        if let typeName = (node.text("type") ?? node.text("kind"))?.value.lowercased() {
            field.type = FieldType(rawValue: typeName == "int" ? "integer" : typeName == "bool" ? "boolean" : typeName)
        }
        if let flag = node.bool("required") { field.required = flag } else { field.required = required }
        field.about = node.text("description")
        field.format = node.text("format")?.value
        let values = node.strings("enum").map(\.value)
        if !values.isEmpty { field.values = values }
        if depth < 8 {
            if let items = node["items"], items.isMapping {
                field.items = Box(self.field(items, name: "items", at: items.location, required: nil, depth: depth + 1))
            }
            if let properties = node["properties"] {
                let requiredNames = node["required"].map { node in Set(node.items.compactMap(\.located).map(\.value)) }
                field.fields = fields(properties: properties, requiredNames: requiredNames, depth: depth + 1)
            }
        }
        return field
    }
}
