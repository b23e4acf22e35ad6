import SeamsModel
/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per finding that
/// counts, so findings show on the changed lines of a pull request; then the summary line.
/// The runner shows only the first few annotations of each kind per step, so the findings that
/// fail the gate come first.
///
/// Escaping follows the runner's rules: in the message `%`, `\r` and `\n` are percent-encoded;
/// in properties (`file=`, `title=`…) also `:` and `,`.
public enum GitHubAnnotations: TextReporter {
    public static let identifier = "github"
    public static let endsWithSummary = true

    public static func render(_ report: CheckReport) -> String {
        let annotations = report.documents.flatMap { check in
            check.failing.map { annotation($0, failsGate: true) } + check.openBelowGate.map { annotation($0, failsGate: false) }
        }
        return (annotations + [report.summary]).joined(separator: "\n") + "\n"
    }

    /// One finding as a workflow command, its location and rule in the properties.
    static func annotation(_ finding: Finding, failsGate: Bool) -> String {
        let command = switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let gate = failsGate ? "fails the gate" : "does not fail the gate"
        let title = "seams \(finding.rule) (\(finding.bitsText) \(finding.bits == 1 ? "bit" : "bits"), \(gate))"
        let properties = [("file", finding.location.file), ("line", String(finding.location.line)),
                          ("col", String(finding.location.column)), ("title", title)]
            .map { "\($0.0)=\(property($0.1))" }.joined(separator: ",")
        return "::\(command) \(properties)::\(message("\(finding.message)\nFix: \(finding.fix)"))"
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
