public import SeamsModel
import OrderedCollections

/// Warns, at the value, about a `format`, `unit` or `ordering` outside the known vocabulary, and
/// about an ordering `by <key>` whose key is not a field of the items. Warnings, not errors: the
/// value still closes its decision, but a reader may not understand it the same way.
public enum VocabularyCheck {
    public static func warnings(in document: Document, vocabulary: FieldVocabulary) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for artifact in document.artifacts.values {
            for field in artifact.fields ?? [] { check(field, path: "\(artifact.id).\(field.name)", vocabulary, into: &out) }
        }
        for interface in document.interfaces {
            guard case .fields(let fields) = interface.payload else { continue }
            for field in fields { check(field, path: "\(interface.from.value)->\(interface.to.value).\(field.name)", vocabulary, into: &out) }
        }
        return out.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    private static func check(_ field: Field, path: String, _ vocabulary: FieldVocabulary, into out: inout [Diagnostic]) {
        if let format = field.format, let at = field.formatLocation, vocabulary.family(ofFormat: format) == nil {
            out.append(unknown("format", format, path: path, at: at, among: vocabulary.formatNames,
                               example: "date-time, uuid, email, semver, bcp47, sha256"))
        }
        if let unit = field.unit, let at = field.unitLocation, vocabulary.family(ofUnit: unit) == nil {
            out.append(unknown("unit", unit, path: path, at: at, among: vocabulary.unitNames,
                               example: "an ISO 4217 currency (EUR), ms, s, MiB, rows, percent"))
        }
        if let ordering = field.ordering, let at = field.orderingLocation {
            if !vocabulary.isKnown(ordering: ordering) {
                out.append(unknown("ordering", ordering, path: path, at: at, among: vocabulary.orderingNames,
                                   example: "unordered, insertion, chronological, by <key> [asc|desc]"))
            } else if let key = FieldVocabulary.orderingKey(ordering), let itemFields = field.items?.value.fields,
                      !itemFields.contains(where: { $0.name == key }) {
                let names = itemFields.map(\.name)
                let near = NearestName.suggestion(for: key, among: names)
                out.append(Diagnostic(id: "vocabulary.ordering-key", severity: .warning, location: at,
                                      message: "'\(path)' is ordered by '\(key)', which is not a field of its items"
                                          + (near.map { "; did you mean '\($0)'?" } ?? ""),
                                      fix: near.map { "write `ordering: by \($0)`" } ?? "order by one of: \(names.joined(separator: ", "))"))
            }
        }
        if let item = field.items?.value { check(item, path: "\(path)[]", vocabulary, into: &out) }
        for child in field.fields ?? [] { check(child, path: "\(path).\(child.name)", vocabulary, into: &out) }
    }

    private static func unknown(_ key: String, _ value: String, path: String, at location: SourceLocation, among names: [String],
                                example: String) -> Diagnostic {
        let near = NearestName.suggestion(for: FieldVocabulary.normalized(value), among: names)
        return Diagnostic(id: "vocabulary.unknown", severity: .warning, location: location,
                          message: "\(key) '\(value)' of '\(path)' is not in the known vocabulary"
                              + (near.map { "; did you mean '\($0)'?" } ?? ""),
                          fix: near.map { "write `\(key): \($0)`, or add '\(value)' under `vocabulary: { \(key): [...] }` in .seams.yml" }
                              ?? "use a known value (\(example)), or add '\(value)' under `vocabulary: { \(key): [...] }` in .seams.yml")
    }
}
