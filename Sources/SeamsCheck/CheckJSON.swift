public import Foundation
public import SeamsReports
import SeamsAnalyzer
import SeamsModel
import SeamsWorkspace

/// `seams check --format json`: the gate's result for tools, versioned like `score`'s contract
/// (`"seams": 1`, camelCase keys, numbers to two decimals, findings sorted by location).
public enum CheckJSON: Reporter {
    public static let identifier = "json"

    public static func bytes(_ report: CheckReport, context: ReporterContext) -> Data {
        Data(render(report).renderedBytes())
    }

    public static func render(_ report: CheckReport) -> JSONValue {
        var top: [(String, JSONValue)] = [("seams", .number(1)), ("passed", .bool(report.passed))]
        top.append(("documents", .array(report.documents.map(document))))
        if let file = report.baselineFile {
            top.append(("baseline", .object([("file", .string(file)),
                                             ("stale", .array(report.staleEntries.map(entry)))])))
        }
        top.append(("summary", .string(report.summary)))
        return .object(top)
    }

    static func document(_ check: DocumentCheck) -> JSONValue {
        var limits: [(String, JSONValue)] = [("failOn", .string(check.limits.failOn.rawValue))]
        limits.append(("maxOpenBits", check.limits.maxOpenBits.map(JSONValue.number) ?? .null))
        limits.append(("maxInterfaceBits", check.limits.maxInterfaceBits.map(JSONValue.number) ?? .null))
        var members: [(String, JSONValue)] = [
            ("document", .string(check.document)),
            ("passed", .bool(check.passed)),
            ("openBits", .number(check.openBits)),
            ("lowerBound", .bool(check.isLowerBound)),
            ("limits", .object(limits)),
        ]
        if let artifacts = check.specArtifacts {
            members.append(("spec", .object([("exposedArtifacts", .array(artifacts.map(JSONValue.string)))])))
        }
        members.append(("findings", .array(check.findings.map { finding(finding: $0, fails: check.fails($0)) })))
        return .object(members)
    }

    static func finding(finding: Finding, fails: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("interface", finding.interface.map(JSONValue.string) ?? .null),
            ("subject", .string(finding.subject)),
            ("severity", .string(finding.severity.rawValue)),
            ("bits", .number(finding.bits)),
            ("lowerBound", .bool(finding.isLowerBound)),
            ("status", .string(finding.status.rawValue)),
            ("failsGate", .bool(fails)),
            ("location", .object([("file", .string(finding.location.file)), ("line", .number(Double(finding.location.line))),
                                  ("column", .number(Double(finding.location.column)))])),
            ("message", .string(finding.message)),
            ("fix", .string(finding.fix)),
        ]
        if !finding.consumers.isEmpty {
            members.append(("consumers", .array(finding.consumers.map { .string($0.interface) })))
        }
        return .object(members)
    }

    static func entry(_ entry: Baseline.Entry) -> JSONValue {
        .object([("document", .string(entry.document)), ("interface", entry.interface.map(JSONValue.string) ?? .null),
                 ("rule", .string(entry.rule)), ("subject", .string(entry.subject)), ("bits", .number(entry.bits))])
    }
}
