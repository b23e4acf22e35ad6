public import SeamsAnalyzer
public import SeamsModel
import Foundation
import OrderedCollections

/// A project's `.seams.yml`: catalog changes and policy, found beside the document or named
/// with `--config`, so CI and people score with the same rules and no flags.
public struct ProjectConfig: Sendable {
    /// The file it was read from, or nil for the defaults.
    public var file: String?
    public var disable: [Located<String>] = []
    public var alternatives: [(id: Located<String>, values: [String])] = []
    public var addedVagueTerms: [String] = []
    public var addedTokens: [(id: Located<String>, tokens: [String])] = []
    public var policy = PolicyOverrides()
    /// The default attention budget for documents that set none.
    public var attention: Double?
    /// The `check:` section: thresholds and severities of the CI gate.
    public var check = CheckSettings()
    /// Known `format`, `unit` and `ordering` values: the built-in lists plus `vocabulary:`.
    public var vocabulary = FieldVocabulary()

    public init() {}

    public static let fileName = ".seams.yml"

    /// The project file beside `documentPath`, if there is one.
    public static func discover(beside documentPath: String) -> String? {
        let directory = (documentPath as NSString).deletingLastPathComponent
        let candidate = directory.isEmpty ? fileName : (directory as NSString).appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    public static func load(path: String) throws(DocumentError) -> ProjectConfig {
        let root = try SourceReader.read(path: path)
        var reader = NodeReader()
        var config = ProjectConfig()
        config.file = path
        for (key, value) in reader.mapping(root, allowedKeys: SeamsFileKeys.projectFile.names, in: "the project file") ?? [] {
            switch key.value {
            case "seams":
                if let version = reader.integer(value, "seams"), version.value != 1 {
                    reader.report("document.version", at: version.location, "project file version \(version.value) is not supported",
                                  fix: "write `seams: 1`")
                }
            case "policy": config.policy = PolicyOverrides.read(value, reader: &reader) ?? PolicyOverrides()
            case "budget":
                // The same declaration as a document's `budget.attention`: one type, one range.
                for (budgetKey, budgetValue) in reader.mapping(value, allowedKeys: SeamsFileKeys.projectBudget.names, in: "budget") ?? []
                where budgetKey.value == SeamsFileKeys.attention.name {
                    config.attention = reader.number(budgetValue, SeamsFileKeys.attention, path: "budget.attention")?.value
                }
            case "catalog": config.readCatalog(value, reader: &reader)
            case "check": config.check = CheckSettings.read(value, reader: &reader)
            case "vocabulary": config.vocabulary = FieldVocabulary.read(value, reader: &reader)
            default: break
            }
        }
        if reader.hasErrors { throw DocumentError(reader.diagnostics.filter { $0.severity == .error }) }
        return config
    }

    private mutating func readCatalog(_ node: SourceNode, reader: inout NodeReader) {
        for (key, value) in reader.mapping(node, allowedKeys: SeamsFileKeys.projectCatalog.names, in: "catalog") ?? [] {
            switch key.value {
            case "disable":
                disable = reader.stringList(value, "catalog.disable") ?? []
                for id in disable { _ = DecisionRules.check(id, reader: &reader) }
            case "alternatives":
                for (id, list) in reader.mapping(value, allowedKeys: nil, in: "catalog.alternatives") ?? [] {
                    _ = DecisionRules.check(id, reader: &reader)
                    let values = (reader.stringList(list, "alternatives of \(id.value)") ?? []).map(\.value)
                    if values.count < 2 {
                        reader.report("catalog.alternatives", at: list.location, "'\(id.value)' needs at least two alternatives",
                                      fix: "list two or more, or disable the entry under catalog.disable")
                    }
                    alternatives.append((id, values))
                }
            case "vague-terms": addedVagueTerms = (reader.stringList(value, "catalog.vague-terms") ?? []).map(\.value)
            case "tokens":
                for (id, list) in reader.mapping(value, allowedKeys: nil, in: "catalog.tokens") ?? [] {
                    _ = DecisionRules.check(id, reader: &reader)
                    addedTokens.append((id, (reader.stringList(list, "tokens of \(id.value)") ?? []).map { $0.value.lowercased() }))
                }
            default: break
            }
        }
    }

    /// What the analyzer reads of this project: policy and the default budget, nothing of the gate.
    public var scoringSettings: ScoringSettings { ScoringSettings(policy: policy, attention: attention) }

    /// The catalog with this project's changes applied.
    public func applied(to base: Catalog) -> Catalog {
        var catalog = base
        catalog.disabled.formUnion(disable.map(\.value))
        for (id, values) in alternatives {
            catalog.entries[id.value]?.alternatives = values
            catalog.entries[id.value]?.count = values.count
            catalog.entries[id.value]?.basis = nil
        }
        for (id, tokens) in addedTokens { catalog.entries[id.value]?.tokens.append(contentsOf: tokens) }
        catalog.vagueTerms.append(contentsOf: addedVagueTerms)
        return catalog
    }
}
