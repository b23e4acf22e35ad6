public import SeamsModel

extension FieldVocabulary {
    /// The project file's `vocabulary:` section: `format`, `unit` and `ordering` lists added to the built-in ones.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> FieldVocabulary {
        var added = Additions()
        _ = additions.read(node, into: &added, reader: &reader, in: "vocabulary")
        return FieldVocabulary().extended(formats: added.format, units: added.unit, orderings: added.ordering)
    }

    /// What a project adds under `vocabulary:`.
    struct Additions {
        var format: [String] = []
        var unit: [String] = []
        var ordering: [String] = []
    }

    static let additions = KeySection<Additions>([
        .names("format", doc: "Formats added to the known ones.", \.format),
        .names("unit", doc: "Units added to the known ones.", \.unit),
        .names("ordering", doc: "Orderings added to the known ones.", \.ordering),
    ], qualifier: "vocabulary")
}
