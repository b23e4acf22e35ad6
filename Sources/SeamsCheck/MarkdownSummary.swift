public import Foundation
import SeamsModel
import SeamsAnalyzer

/// A short Markdown block for `$GITHUB_STEP_SUMMARY`: the gate's result, a row per document, and
/// the findings that fail the gate. The full report of a document is `seams report`'s job.
public enum MarkdownSummary: Reporter {
    public static let identifier = "markdown"
    public static let endsWithSummary = true

    public static func bytes(_ report: CheckReport, context: ReporterContext) -> Data {
        Data(render(report).utf8)
    }

    /// Findings listed at most; a job summary is capped at 1 MiB and read by people.
    public static let findingLimit = 50

    public static func render(_ report: CheckReport) -> String {
        var out: [String] = []
        out.append("### Seams check: \(report.passed ? "✅ passed" : "❌ failed")")
        out.append("")
        out.append("| document | result | open bits | gate | failing | open findings |")
        out.append("|---|---|--:|---|--:|--:|")
        for check in report.documents {
            let bits = (check.isLowerBound ? "≥" : "") + NumberText.decimal(check.openBits)
            let counted = check.findings.filter(\.status.counts).count
            out.append("| \(cell(check.document)) | \(check.passed ? "passed" : "**failed**") | \(bits) | \(cell(check.limits.description)) "
                       + "| \(check.failing.count) | \(counted) |")
        }
        let failing = report.failing
        if !failing.isEmpty {
            out.append("")
            out.append("#### Findings that fail the gate")
            out.append("")
            out.append("| where | rule | bits | finding | fix |")
            out.append("|---|---|--:|---|---|")
            for finding in failing.prefix(findingLimit) {
                out.append("| `\(cell(finding.location.description))` | `\(finding.rule)` | \(finding.bitsText) "
                           + "| \(cell(finding.message)) | \(cell(finding.fix)) |")
            }
            if failing.count > findingLimit {
                out.append("")
                out.append("… and \(failing.count - findingLimit) more; `seams check --format text` lists them all.")
            }
        }
        if !report.staleEntries.isEmpty {
            out.append("")
            out.append("\(report.staleEntries.count) baseline entr\(report.staleEntries.count == 1 ? "y no longer matches" : "ies no longer match"): "
                       + "write the baseline again to drop \(report.staleEntries.count == 1 ? "it" : "them").")
        }
        out.append("")
        out.append("`\(report.summary)`")
        return out.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a table cell: no pipes, no line breaks, no raw HTML.
    static func cell(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
