public import SeamsModel

extension FieldVocabulary {
    /// The project file's `vocabulary:` section: `format`, `unit` and `ordering` lists added to the built-in ones.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> FieldVocabulary {
        var added: [String: [String]] = [:]
        for (key, value) in reader.mapping(node, allowedKeys: ["format", "unit", "ordering"], in: "vocabulary") ?? [] {
            added[key.value] = (reader.stringList(value, "vocabulary.\(key.value)") ?? []).map(\.value)
        }
        return FieldVocabulary().extended(formats: added["format"] ?? [], units: added["unit"] ?? [], orderings: added["ordering"] ?? [])
    }
}
