public import SeamsAnalyzer
public import SeamsReports
import SeamsModel
public import Foundation
import SeamsWorkspace

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule per catalog entry or
/// gate rule that fired (with short and full descriptions and help from the catalog), one
/// result per finding, repository-relative URIs, regions, and line-independent fingerprints.
public enum SARIFReport: Reporter {
    public static let identifier = "sarif"

    public static func bytes(_ report: CheckReport, context: ReporterContext) -> Data {
        Data(render(report, catalog: context.catalog, root: context.root, maxResults: max(1, context.sarifMaxResults)).renderedBytes())
    }

    /// GitHub code scanning rejects a run with more results than this.
    public static let gitHubResultLimit = 25_000

    /// - Parameters:
    ///   - catalog: where rule descriptions come from (the built-in catalog).
    ///   - root: the folder URIs are made relative to: the repository root.
    ///   - maxResults: the most results written; beyond it, the findings that fail the gate come
    ///     first, then by bits, and a tool notification says how many were left out.
    public static func render(_ report: CheckReport, catalog: Catalog, root: String, maxResults: Int = gitHubResultLimit) -> JSONValue {
        var findings = report.documents.flatMap { check in check.findings.map { (check, $0) } }
        let total = findings.count
        if total > maxResults {
            let ranked = findings.enumerated().sorted { lhs, rhs in
                let left = (lhs.element.0.fails(lhs.element.1) ? 0 : 1, -lhs.element.1.bits, lhs.offset)
                let right = (rhs.element.0.fails(rhs.element.1) ? 0 : 1, -rhs.element.1.bits, rhs.offset)
                return left < right
            }
            // Keep the chosen findings in their original (document, location) order.
            findings = ranked.prefix(max(0, maxResults)).sorted { $0.offset < $1.offset }.map(\.element)
        }
        let ruleIDs = Array(Set(findings.map(\.1.rule))).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules = ruleIDs.map { rule($0, catalog: catalog) }
        let results = findings.map { check, finding in
            result(finding, check: check, ruleIndex: ruleIndex[finding.rule] ?? 0, root: root, baseline: report.baselineFile != nil)
        }
        let driver: JSONValue = .object([
            ("name", .string("seams")),
            ("rules", .array(rules)),
        ])
        var runEntries: [(String, JSONValue)] = [
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ]
        if total > findings.count {
            let message = "\(total - findings.count) of \(total) findings were left out to stay within \(maxResults) results "
                + "(GitHub's limit per run); the gate's failures come first. Use a baseline or check documents separately."
            runEntries.insert(("invocations", .array([.object([
                ("executionSuccessful", .bool(true)),
                ("toolExecutionNotifications", .array([.object([
                    ("level", .string("warning")),
                    ("message", .object([("text", .string(message))])),
                ])])),
            ])])), at: 2)
        }
        let run: JSONValue = .object(runEntries)
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func rule(_ id: String, catalog: Catalog) -> JSONValue {
        var short = id, full = id, helpText = id, helpMarkdown = id
        var defaultLevel = "error"
        if let point = catalog.active(id), let rule = DecisionRules.rule(id) {
            let help = RuleHelp(rule: rule, point: point)
            short = point.question
            full = help.fullDescription
            helpText = help.helpText
            helpMarkdown = help.helpMarkdown
            defaultLevel = level(point.severity)
        } else if let gate = GateRule.describe(id) ?? ImportRule.describe(id) {
            short = gate.short
            full = gate.full
            helpText = gate.help
            helpMarkdown = gate.help
        }
        return .object([
            ("id", .string(id)),
            ("name", .string(ruleName(id))),
            ("shortDescription", .object([("text", .string(short))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
            ("defaultConfiguration", .object([("level", .string(defaultLevel))])),
            ("properties", .object([("tags", .array([.string("seams"), .string(String(id.prefix { $0 != "." }))])),
                                    ("precision", .string("very-high"))])),
        ])
    }

    /// `field.format.time` → `FieldFormatTime`: SARIF's readable rule name.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func result(_ finding: Finding, check: DocumentCheck, ruleIndex: Int, root: String, baseline: Bool) -> JSONValue {
        let uri = RelativePath.of(finding.location.file, from: root)
        let identity = [uri, finding.interface ?? "", finding.rule, finding.subject].joined(separator: "\u{0}")
        var fields: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", .number(Double(ruleIndex))),
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string("\(finding.message). Fix: \(finding.fix)"))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(uri)), ("uriBaseId", .string("%SRCROOT%"))])),
                ("region", .object([("startLine", .number(Double(finding.location.line))),
                                    ("startColumn", .number(Double(finding.location.column)))])),
            ]))])])),
            ("partialFingerprints", .object([("seamsFinding/v1", .string(StableHash.hex(identity)))])),
        ]
        if !finding.consumers.isEmpty {
            // A shared payload's decision is one result at its cause; each interface reading it is a related location.
            fields.append(("relatedLocations", .array(finding.consumers.enumerated().map { index, consumer in
                .object([("id", .number(Double(index + 1))),
                         ("physicalLocation", .object([
                            ("artifactLocation", .object([("uri", .string(RelativePath.of(consumer.location.file, from: root))),
                                                          ("uriBaseId", .string("%SRCROOT%"))])),
                            ("region", .object([("startLine", .number(Double(consumer.location.line))),
                                                ("startColumn", .number(Double(consumer.location.column)))])),
                         ])),
                         ("message", .object([("text", .string("read by \(consumer.interface)"))]))])
            })))
        }
        if baseline {
            let state = switch finding.status {
            case .open, .new: "new"
            case .grown: "updated"
            case .baselined: "unchanged"
            }
            fields.append(("baselineState", .string(state)))
        }
        var properties: [(String, JSONValue)] = [("bits", .number(finding.bits)), ("lowerBound", .bool(finding.isLowerBound))]
        if let interface = finding.interface { properties.append(("interface", .string(interface))) }
        properties.append(("subject", .string(finding.subject)))
        properties.append(("failsGate", .bool(check.fails(finding))))
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }
}
