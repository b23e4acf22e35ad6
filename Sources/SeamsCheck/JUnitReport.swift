public import Foundation
import SeamsAnalyzer
import SeamsModel

/// JUnit XML for CI test tabs: a suite per document, a test case per interface (plus one for
/// document-wide findings when there are any); a case fails when it holds a finding that fails
/// the gate, and its failure lists them. No timestamps or durations, so output is reproducible.
public enum JUnitReport: Reporter {
    public static let identifier = "junit"

    public static func bytes(_ report: CheckReport, context: ReporterContext) -> Data {
        Data(render(report).utf8)
    }

    /// The test case that holds findings belonging to no interface.
    static let documentCase = "(document)"

    public static func render(_ report: CheckReport) -> String {
        var suites: [String] = []
        var totalTests = 0, totalFailures = 0
        for check in report.documents {
            // Grouped once: a document may have tens of thousands of interfaces.
            let byInterface = Dictionary(grouping: check.findings.filter { $0.interface != nil }, by: { $0.interface ?? "" })
            var cases: [(name: String, bits: String?, findings: [Finding])] = check.interfaces.map { interface in
                (interface.name, (interface.isLowerBound ? "≥" : "") + NumberText.decimal(interface.openBits), byInterface[interface.name] ?? [])
            }
            let documentWide = check.findings.filter { $0.interface == nil }
            if !documentWide.isEmpty { cases.append((documentCase, nil, documentWide)) }
            let failures = cases.filter { $0.findings.contains(where: check.fails) }.count
            totalTests += cases.count
            totalFailures += failures
            var lines = ["  <testsuite name=\"\(attribute(check.document))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">"]
            for testCase in cases {
                let failing = testCase.findings.filter(check.fails)
                let others = testCase.findings.filter { !check.fails($0) && $0.status.counts }
                let open = testCase.bits.map { " open bits " + $0 } ?? ""
                let head = "    <testcase classname=\"\(attribute(check.document))\" name=\"\(attribute(testCase.name))\""
                if failing.isEmpty && others.isEmpty {
                    lines.append(head + "/>")
                    continue
                }
                lines.append(head + ">")
                if !failing.isEmpty {
                    let message = "\(failing.count) finding\(failing.count == 1 ? " fails" : "s fail") the gate;\(open)"
                    lines.append("      <failure message=\"\(attribute(message))\" type=\"seams.gate\">"
                                 + text(failing.map(CheckText.line).joined(separator: "\n")) + "</failure>")
                }
                if !others.isEmpty {
                    lines.append("      <system-out>" + text(others.map(CheckText.line).joined(separator: "\n")) + "</system-out>")
                }
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
            suites.append(lines.joined(separator: "\n"))
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"seams check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites.map { $0 + "\n" }.joined()
            + "</testsuites>\n"
    }



    /// Escapes text for an attribute value.
    static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    /// Escapes element text.
    static func text(_ value: String) -> String {
        escape(value, attribute: false)
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        ScalarRewrite.apply(value) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"" where attribute: "&quot;"
            case "\n" where attribute: "&#10;"
            case "\r": "&#13;"
            case "\t" where attribute: "&#9;"
            // XML 1.0 forbids other control characters, even escaped.
            default: scalar.value < 0x20 && scalar != "\n" && scalar != "\t" ? "\u{FFFD}" : nil
            }
        }
    }
}
