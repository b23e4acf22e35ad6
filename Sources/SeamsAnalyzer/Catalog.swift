public import SeamsModel
public import OrderedCollections
public import Foundation

/// The decision points the analyzer may raise, and the vague terms it looks for in prose.
///
/// It is data: the package ships `catalog.yml` as a resource and a project file may change it,
/// so every bit in a report can be traced to a list someone can read and edit.
public struct Catalog: Sendable {
    public var entries: OrderedDictionary<String, DecisionPoint>
    /// Ids switched off by the project; they neither open nor weigh anything.
    public var disabled: Set<String>
    public var vagueTerms: [String]

    public init(entries: OrderedDictionary<String, DecisionPoint>, disabled: Set<String> = [], vagueTerms: [String]) {
        self.entries = entries
        self.disabled = disabled
        self.vagueTerms = vagueTerms
    }

    /// The entry with this id when it is enabled.
    public func active(_ id: String) -> DecisionPoint? {
        disabled.contains(id) ? nil : entries[id]
    }

    /// The catalog shipped with Seams.
    public static func builtIn() throws(DocumentError) -> Catalog {
        let file = "catalog.yml"
        guard let url = Bundle.module.url(forResource: "catalog", withExtension: "yml"),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw DocumentError([Diagnostic(id: "catalog.missing", location: SourceLocation(file: file, line: 1, column: 1),
                                            message: "the built-in catalog is missing from the installation",
                                            fix: "reinstall Seams with its resource bundle beside the binary")])
        }
        return try parse(data, file: file)
    }

    /// Parses a catalog file: `decisions:` and `vague-terms:`.
    public static func parse(_ data: Data, file: String) throws(DocumentError) -> Catalog {
        let root = try SourceReader.parse(data, file: file)
        var reader = NodeReader()
        var catalog = Catalog(entries: [:], vagueTerms: [])
        if let top = reader.mapping(root, allowedKeys: ["seams", "decisions", "vague-terms"], in: "the catalog") {
            for (key, value) in top {
                switch key.value {
                case "decisions":
                    for (id, node) in reader.mapping(value, allowedKeys: nil, in: "decisions") ?? [] {
                        if let entry = readEntry(id: id, node, reader: &reader) { catalog.entries[id.value] = entry }
                    }
                case "vague-terms": catalog.vagueTerms = (reader.stringList(value, "vague-terms") ?? []).map(\.value)
                default: break
                }
            }
        }
        for id in DecisionRules.ids where catalog.entries[id] == nil && !reader.hasErrors {
            reader.report("catalog.entry", at: root.location, "the catalog has no entry '\(id)'", fix: "add it under decisions:")
        }
        if reader.hasErrors { throw DocumentError(reader.diagnostics.filter { $0.severity == .error }) }
        return catalog
    }

    private static let entryKeys = ["question", "alternatives", "count", "basis", "lower-bound", "severity", "fix"]

    private static func readEntry(id: Located<String>, _ node: SourceNode, reader: inout NodeReader) -> DecisionPoint? {
        guard DecisionRules.check(id, reader: &reader), let rule = DecisionRules.rule(id.value) else { return nil }
        guard let keys = reader.mapping(node, allowedKeys: entryKeys, in: "catalog entry '\(id.value)'") else { return nil }
        let name = rule.nameTrigger
        var entry = DecisionPoint(id: id.value, question: "", fires: rule.fires, alternatives: [], fixTemplate: "",
                                  tokens: name?.tokens ?? [], lastTokens: name?.lastTokens ?? [], unitTokens: name?.unitTokens ?? [],
                                  location: id.location)
        var explicitCount: Int?
        for (key, value) in keys {
            switch key.value {
            case "question": entry.question = reader.string(value, "question")?.value ?? ""
            case "alternatives": entry.alternatives = (reader.stringList(value, "alternatives") ?? []).map(\.value)
            case "count":
                explicitCount = reader.integer(value, "count", in: .alternativeCount, fix: "give the number of alternatives, 2 or more")?.value
            case "basis": entry.basis = reader.string(value, "basis")?.value
            case "lower-bound": entry.isLowerBound = reader.boolean(value, "lower-bound")?.value ?? false
            case "severity":
                entry.severity = reader.choice(value, "severity", as: Severity.self)?.value ?? .warning
            case "fix": entry.fixTemplate = reader.string(value, "fix")?.value ?? ""
            default: break
            }
        }
        entry.count = explicitCount ?? entry.alternatives.count
        if entry.count < 2 {
            reader.report("catalog.alternatives", at: id.location, "'\(id.value)' lists fewer than two alternatives",
                          fix: "list at least two alternatives, or disable the entry")
        }
        return entry
    }
}

extension Severity: CaseIterable {
    public static let allCases: [Severity] = [.error, .warning, .note]
}
