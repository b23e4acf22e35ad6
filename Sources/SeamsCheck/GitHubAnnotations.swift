public import Foundation
import SeamsModel
/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per finding that
/// counts, so findings show on the changed lines of a pull request; then the summary line.
/// The runner shows only the first few annotations of each kind per step, so the findings that
/// fail the gate come first.
///
/// Escaping follows the runner's rules: in the message `%`, `\r` and `\n` are percent-encoded;
/// in properties (`file=`, `title=`…) also `:` and `,`.
public enum GitHubAnnotations: Reporter {
    public static let identifier = "github"
    public static let endsWithSummary = true

    public static func bytes(_ report: CheckReport, context: ReporterContext) -> Data {
        Data(render(report).utf8)
    }

    public static func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        for check in report.documents {
            let counted = check.findings.filter(\.status.counts)
            for finding in counted.filter(check.fails) + counted.filter({ !check.fails($0) }) {
                let command = switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
                let gate = check.fails(finding) ? "fails the gate" : "does not fail the gate"
                let title = "seams \(finding.rule) (\(finding.bitsText) \(finding.bits == 1 ? "bit" : "bits"), \(gate))"
                let properties = [("file", finding.location.file), ("line", String(finding.location.line)),
                                  ("col", String(finding.location.column)), ("title", title)]
                    .map { "\($0.0)=\(property($0.1))" }.joined(separator: ",")
                lines.append("::\(command) \(properties)::\(message("\(finding.message)\nFix: \(finding.fix)"))")
            }
        }
        lines.append(report.summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes a command's message (the text after `::`).
    public static func message(_ value: String) -> String {
        ScalarRewrite.apply(value) { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            default: nil
            }
        }
    }

    /// Escapes a property value.
    public static func property(_ value: String) -> String {
        ScalarRewrite.apply(message(value)) { scalar in
            switch scalar {
            case ":": "%3A"
            case ",": "%2C"
            default: nil
            }
        }
    }
}
