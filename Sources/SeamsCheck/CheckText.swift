import SeamsModel
import SeamsWorkspace
import SeamsAnalyzer

/// `seams check` for people and CI logs: per document its result and the findings that count,
/// each as `file:line:col: severity: what — fix`, then the one-line summary.
public enum CheckText: TextReporter {
    public static let identifier = "text"
    public static let endsWithSummary = true

    public static func render(_ report: CheckReport) -> String {
        var out: [String] = []
        for check in report.documents {
            let bits = (check.isLowerBound ? "≥" : "") + NumberText.decimal(check.openBits)
            out.append("\(check.document): \(check.passed ? "passed" : "FAILED") — \(bits) open bits; \(check.limits.description)")
            if let note = check.specNote { out.append("  " + note) }
            for finding in check.failing {
                out.append("  " + line(finding) + statusNote(finding))
            }
            let below = check.openBelowGate
            if !below.isEmpty {
                out.append("  open, below fail-on \(check.limits.failOn.rawValue):")
                for finding in below { out.append("    " + line(finding) + statusNote(finding)) }
            }
            let known = check.findings.filter { !$0.status.counts }.count
            if known > 0 { out.append("  \(known) known finding\(known == 1 ? "" : "s") in the baseline not shown") }
        }
        if !report.staleEntries.isEmpty, let file = report.baselineFile {
            out.append("\(file): \(report.staleEntries.count) baseline entr\(report.staleEntries.count == 1 ? "y" : "ies") no longer match; "
                       + "write the baseline again to drop them:")
            for entry in report.staleEntries {
                out.append("  \(entry.document)  \(entry.interface ?? "(document)")  \(entry.rule)  \(entry.subject)  \(NumberText.decimal(entry.bits)) bits")
            }
        }
        out.append(report.summary)
        return out.joined(separator: "\n") + "\n"
    }

    /// `Samples/x.yaml:17:7: warning: subject: question 2.58 bits open on a->b [id] — fix`.
    static func line(_ finding: Finding) -> String {
        "\(finding.location): \(finding.severity.rawValue): \(finding.message) — \(finding.fix)"
    }

    static func statusNote(_ finding: Finding) -> String {
        switch finding.status {
        case .open, .baselined: ""
        case .new: " (new)"
        case .grown: " (grown since the baseline)"
        }
    }
}
