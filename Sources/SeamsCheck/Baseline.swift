public import SeamsModel
import SeamsAnalyzer
public import SeamsReports
import Foundation
import SeamsWorkspace

/// Findings accepted as they are, so that a team can adopt the gate on an existing document and
/// fail only on what gets worse. Keyed by semantic identity (document, interface, rule, subject),
/// never by line, so edits that move a finding keep it matched.
public struct Baseline: Sendable, Hashable {
    /// One accepted finding, or the sum of several with the same identity.
    public struct Entry: Sendable, Hashable {
        /// Relative to the baseline file's folder, with `/`.
        public var document: String
        public var interface: String?
        public var rule: String
        public var subject: String
        /// Rounded to two decimals; several findings with one identity are summed.
        public var bits: Double
        public var severity: Severity

        var key: String { [document, interface ?? "", rule, subject].joined(separator: "\u{0}") }

    }

    /// The file format's version; a reader refuses others.
    public static let version = 1
    public var entries: [Entry]

    public init(entries: [Entry]) {
        // The key joins the four parts with NUL, which sorts below every other character, so
        // ordering keys orders the tuples; comparing one precomputed string per entry is cheap.
        let keys = entries.map(\.key)
        self.entries = entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    /// Records every finding of `checks`, paths relative to `directory` (the baseline's folder).
    public init(recording checks: [DocumentCheck], relativeTo directory: String) {
        var merged: [String: Entry] = [:]
        for check in checks {
            let document = RelativePath.of(check.document, from: directory)
            for finding in check.findings {
                let entry = Self.entry(for: finding, document: document)
                if var existing = merged[entry.key] {
                    existing.bits = NumberText.rounded(existing.bits + entry.bits)
                    existing.severity = min(existing.severity, entry.severity)
                    merged[entry.key] = existing
                } else {
                    merged[entry.key] = entry
                }
            }
        }
        self.init(entries: Array(merged.values))
    }

    /// - Parameter document: the finding's document relative to the baseline's folder, computed
    ///   once per document (path arithmetic per finding dominated large runs).
    static func entry(for finding: Finding, document: String) -> Entry {
        Entry(document: document, interface: finding.interface, rule: finding.rule,
              subject: finding.subject, bits: NumberText.rounded(finding.bits), severity: finding.severity)
    }

    /// Marks each finding new, grown or baselined, and returns the entries nothing matches any more.
    /// Only entries of the checked documents can be stale: a run over some documents does not
    /// report the baseline of the others.
    public func compare(_ checks: inout [DocumentCheck], relativeTo directory: String) -> [Entry] {
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var matched = Set<String>()
        var checkedDocuments = Set<String>()
        for index in checks.indices {
            let document = RelativePath.of(checks[index].document, from: directory)
            checkedDocuments.insert(document)
            let keys = checks[index].findings.map { Self.entry(for: $0, document: document).key }
            var current: [String: Double] = [:]
            for (key, finding) in zip(keys, checks[index].findings) { current[key, default: 0] += finding.bits }
            for findingIndex in checks[index].findings.indices {
                let key = keys[findingIndex]
                guard let known = byKey[key] else {
                    checks[index].findings[findingIndex].status = .new
                    continue
                }
                matched.insert(key)
                let grown = NumberText.rounded(current[key] ?? 0) > known.bits
                checks[index].findings[findingIndex].status = grown ? .grown : .baselined
            }
        }
        return entries.filter { !matched.contains($0.key) && checkedDocuments.contains($0.document) }
    }

    // MARK: file

    /// The file's JSON: sorted entries, two-space indentation, versioned.
    public var json: JSONValue {
        .object([
            ("seams", .number(1)),
            ("baseline", .number(Double(Self.version))),
            ("findings", .array(entries.map { entry in
                var fields: [(String, JSONValue)] = [("document", .string(entry.document))]
                if let interface = entry.interface { fields.append(("interface", .string(interface))) }
                fields += [("rule", .string(entry.rule)), ("subject", .string(entry.subject)),
                           ("bits", .number(entry.bits)), ("severity", .string(entry.severity.rawValue))]
                return .object(fields)
            })),
        ])
    }

    /// Reads a baseline file, with located errors for anything malformed.
    public static func read(path: String, limits: LoadLimits = .standard) throws(DocumentError) -> Baseline {
        let root = try SourceReader.read(path: path, limits: limits)
        var reader = NodeReader()
        var entries: [Entry] = []
        var version: Located<Int>?
        for (key, value) in reader.mapping(root, allowedKeys: ["seams", "baseline", "findings"], in: "the baseline") ?? [] {
            switch key.value {
            case "seams", "baseline":
                guard let number = reader.integer(value, key.value) else { continue }
                if key.value == "baseline" { version = number }
                if number.value != 1 {
                    reader.report("baseline.version", at: number.location, "\(key.value) version \(number.value) is not supported",
                                  fix: "write the baseline again with this Seams: seams check DOC --write-baseline \(path)")
                }
            case "findings":
                guard case .sequence(let items) = value.value else {
                    reader.report("type.mismatch", at: value.location, "findings should be a list, found \(value.kindName)",
                                  fix: "write the baseline again with --write-baseline")
                    continue
                }
                for item in items {
                    if let entry = readEntry(item, reader: &reader) { entries.append(entry) }
                }
            default: break
            }
        }
        if version == nil && !reader.hasErrors {
            reader.report("baseline.version", at: root.location, "this is no Seams baseline (no `baseline: 1`)",
                          fix: "name a file written by seams check --write-baseline")
        }
        if reader.hasErrors { throw DocumentError(reader.diagnostics.filter { $0.severity == .error }) }
        return Baseline(entries: entries)
    }

    private static let entryKeys = ["document", "interface", "rule", "subject", "bits", "severity"]

    private static func readEntry(_ node: SourceNode, reader: inout NodeReader) -> Entry? {
        guard let keys = reader.mapping(node, allowedKeys: entryKeys, in: "a baseline finding") else { return nil }
        var document: String?, interface: String?, rule: String?, subject: String?, bits: Double?
        var severity = Severity.warning
        for (key, value) in keys {
            switch key.value {
            case "document": document = reader.string(value, "document")?.value
            case "interface": interface = reader.string(value, "interface")?.value
            case "rule": rule = reader.string(value, "rule")?.value
            case "subject": subject = reader.string(value, "subject")?.value
            case "bits": bits = reader.number(value, "bits", in: .baselineBits, fix: "write the baseline again with --write-baseline")?.value
            case "severity": severity = reader.choice(value, "severity", as: Severity.self)?.value ?? .warning
            default: break
            }
        }
        guard let document, let rule, let subject, let bits else {
            let missing = [("document", document == nil), ("rule", rule == nil), ("subject", subject == nil), ("bits", bits == nil)]
                .filter(\.1).map(\.0)
            if !missing.isEmpty {
                reader.report("baseline.entry", at: node.location, "a baseline finding lacks \(missing.joined(separator: ", "))",
                              fix: "write the baseline again with --write-baseline")
            }
            return nil
        }
        return Entry(document: document, interface: interface, rule: rule, subject: subject, bits: bits, severity: severity)
    }
}
