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
        _ = SeamsFileKeys.projectFile.read(root, into: &config, reader: &reader, in: "the project file")
        if reader.hasErrors { throw DocumentError(reader.diagnostics.filter { $0.severity == .error }) }
        return config
    }

    // MARK: the readers of keys that are more than one typed value

    static func readVersion(_ reader: inout NodeReader, _ entry: KeyEntry, _ config: inout ProjectConfig) {
        if let version = reader.integer(entry.value, entry.label), version.value != 1 {
            reader.report("document.version", at: version.location, "project file version \(version.value) is not supported",
                          fix: SeamsFileKeys.version.fix)
        }
    }

    static func readDisabled(_ reader: inout NodeReader, _ entry: KeyEntry, _ config: inout ProjectConfig) {
        config.disable = reader.stringList(entry.value, entry.label) ?? []
        for id in config.disable { _ = DecisionRules.check(id, reader: &reader) }
    }

    static func readAlternatives(_ reader: inout NodeReader, _ entry: KeyEntry, _ config: inout ProjectConfig) {
        for (id, list) in reader.mapping(entry.value, allowedKeys: nil, in: entry.label) ?? [] {
            _ = DecisionRules.check(id, reader: &reader)
            let values = (reader.stringList(list, "alternatives of \(id.value)") ?? []).map(\.value)
            if values.count < 2 {
                reader.report("catalog.alternatives", at: list.location, "'\(id.value)' needs at least two alternatives",
                              fix: "list two or more, or disable the entry under catalog.disable")
            }
            config.alternatives.append((id, values))
        }
    }

    static func readTokens(_ reader: inout NodeReader, _ entry: KeyEntry, _ config: inout ProjectConfig) {
        for (id, list) in reader.mapping(entry.value, allowedKeys: nil, in: entry.label) ?? [] {
            _ = DecisionRules.check(id, reader: &reader)
            config.addedTokens.append((id, (reader.stringList(list, "tokens of \(id.value)") ?? []).map { $0.value.lowercased() }))
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

/// The sections of the project file, each key bound to its reader; `budget` and `policy` are the
/// document's own declarations, so both files accept the same values with the same words.
extension SeamsFileKeys {
    public static let projectFile = KeySection<ProjectConfig>([
        KeyBinding(version, read: ProjectConfig.readVersion),
        .section("catalog", doc: "Changes to the catalog of decision points: disable, alternatives, vague-terms, tokens.",
                 projectCatalog, \.self),
        .section("policy", doc: "Policy thresholds for every document of the project.", policy, \.policy),
        .section("budget", doc: "The default budget of documents that set none.", projectBudget, \.self),
        .section("check", doc: "The CI gate: thresholds and severities of `seams check`.", projectCheck, \.check),
        KeyBinding(KeySpec("vocabulary", .section, doc: "Known format, unit and ordering values added to the built-in ones.")) {
            reader, entry, config in config.vocabulary = FieldVocabulary.read(entry.value, reader: &reader)
        },
    ])

    /// `budget:` of the project file: only the attention default (a module count is per document).
    public static let projectBudget = KeySection<ProjectConfig>([.number(attention, \.attention)], qualifier: "budget")

    public static let projectCatalog = KeySection<ProjectConfig>([
        KeyBinding(KeySpec("disable", .textList, doc: "Decision ids that are not counted."), read: ProjectConfig.readDisabled),
        KeyBinding(KeySpec("alternatives", .section, doc: "Replacement alternatives, by decision id (two or more)."),
                   read: ProjectConfig.readAlternatives),
        .names("vague-terms", doc: "Words added to the vague-term list.", \.addedVagueTerms),
        KeyBinding(KeySpec("tokens", .section, doc: "Name tokens added to a name-driven decision, by decision id."),
                   read: ProjectConfig.readTokens),
    ], qualifier: "catalog")
}
